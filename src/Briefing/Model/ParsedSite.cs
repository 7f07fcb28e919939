namespace Briefing.Model;

/// <summary>Everything the parse stage produced, ready to be linked.</summary>
public sealed record ParsedSite(
    SiteSettings Settings,
    IReadOnlyList<ParsedBriefing> Briefings,
    IReadOnlyList<ParsedPerson> People,
    IReadOnlyList<ParsedCountryFile> Countries);
