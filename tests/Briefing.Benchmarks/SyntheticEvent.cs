namespace Briefing.Benchmarks;

/// <summary>A dated happening in a briefing, with the countries it concerns.</summary>
public sealed record SyntheticEvent(DateOnly Date, string Title, IReadOnlyList<SyntheticCountry> Countries);
