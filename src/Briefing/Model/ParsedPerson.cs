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

    /// <summary>The offices held over time (<c>roles:</c>, version 2), in the file's order; <see cref="Role"/> stays the short form of one current role.</summary>
    public IReadOnlyList<RoleEntry> Roles { get; init; } = [];
}
