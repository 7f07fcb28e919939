namespace Briefing.Benchmarks;

/// <summary>One generated briefing, written in both the project's format and Hugo's.</summary>
public sealed record SyntheticBriefing(
    string Slug,
    string Title,
    DateOnly Date,
    IReadOnlyList<SyntheticCountry> Countries,
    IReadOnlyList<SyntheticPerson> People,
    IReadOnlyList<string> Tags,
    IReadOnlyList<SyntheticEvent> Events,
    IReadOnlyList<SyntheticQuote> Quotes,
    string SourceName,
    string SourceUrl,
    string Body);
