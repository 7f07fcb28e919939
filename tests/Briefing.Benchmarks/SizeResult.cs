namespace Briefing.Benchmarks;

/// <summary>The runs of each generator on one corpus size; Hugo's are null when it was not run.</summary>
public sealed record SizeResult(int Briefings, GeneratorRuns Ours, GeneratorRuns? Hugo, GeneratorRuns? HugoRelated);
