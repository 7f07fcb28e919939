namespace Briefing.Benchmarks;

/// <summary>A quote by one of the briefing's people.</summary>
public sealed record SyntheticQuote(SyntheticPerson By, string Text, DateOnly Date);
