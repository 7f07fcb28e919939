namespace Briefing.Benchmarks;

/// <summary>A country the corpus can mention: its ISO 3166-1 alpha-2 code and English name.</summary>
public sealed record SyntheticCountry(string Code, string Name);
