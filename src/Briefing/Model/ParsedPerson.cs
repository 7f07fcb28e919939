namespace Briefing.Model;

/// <summary>A person file after parsing; <see cref="Id"/> is the file name.</summary>
public sealed record ParsedPerson(
    string Path,
    string Id,
    string Name,
    Reference? Country,
    string? Role,
    IReadOnlyList<Reference> Aliases,
    MarkdownContent Body);
