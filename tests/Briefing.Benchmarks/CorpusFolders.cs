namespace Briefing.Benchmarks;

/// <summary>Where one corpus lives: <c>DIR/N/input</c> (ours), <c>DIR/N/hugo</c>, and <c>DIR/N</c> for outputs.</summary>
public sealed record CorpusFolders(string Root, string Input, string Hugo);
