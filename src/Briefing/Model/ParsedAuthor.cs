namespace Briefing.Model;

/// <summary>An author file (<c>authors/&lt;id&gt;.md</c>) after parsing: one of the site's own writers; <see cref="Id"/> is the file name.</summary>
public sealed record ParsedAuthor(string Path, string Id, string Name, string? Role, string? Url, MarkdownContent Body);
