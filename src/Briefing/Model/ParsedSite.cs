namespace Briefing.Model;

/// <summary>Everything the parse stage produced, ready to be linked.</summary>
public sealed record ParsedSite(
    SiteSettings Settings,
    IReadOnlyList<ParsedBriefing> Briefings,
    IReadOnlyList<ParsedPerson> People,
    IReadOnlyList<ParsedCountryFile> Countries)
{
    /// <summary>The author files (version 2).</summary>
    public IReadOnlyList<ParsedAuthor> Authors { get; init; } = [];

    /// <summary>The organisation files (version 2).</summary>
    public IReadOnlyList<ParsedOrganisation> Organisations { get; init; } = [];
}
