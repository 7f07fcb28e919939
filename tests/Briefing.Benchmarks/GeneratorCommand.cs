namespace Briefing.Benchmarks;

/// <summary>How to run one generator into a given output folder.</summary>
public sealed record GeneratorCommand(string Name, string Program, Func<string, IReadOnlyList<string>> Arguments);
