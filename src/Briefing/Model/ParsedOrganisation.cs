namespace Briefing.Model;

/// <summary>
/// An organisation file (<c>organisations/&lt;id&gt;.md</c>, version 2) after parsing: a ministry, an agency, an
/// airline, a news outlet; <see cref="Id"/> is the file name.
/// </summary>
public sealed record ParsedOrganisation(
    string Path,
    string Id,
    string Name,
    string? ShortName,
    IReadOnlyList<Reference> Aliases,
    string? Kind,
    Reference? Country,
    string? Url,
    string? Wikidata,
    MarkdownContent Body)
{
    /// <summary>The site paths its page had before (<c>moved_from</c>), each site-relative.</summary>
    public IReadOnlyList<Reference> MovedFrom { get; init; } = [];
}
