namespace Briefing.Model;

/// <summary>A person file after parsing; <see cref="Id"/> is the file name.</summary>
public sealed record ParsedPerson(
    string Path,
    string Id,
    string Name,
    Reference? Country,
    string? Role,
    IReadOnlyList<Reference> Aliases,
    MarkdownContent Body)
{
    /// <summary>The site paths the person's page was published at before (<c>moved_from</c>), each site-relative (<c>people/old-id/</c>).</summary>
    public IReadOnlyList<Reference> MovedFrom { get; init; } = [];
}
