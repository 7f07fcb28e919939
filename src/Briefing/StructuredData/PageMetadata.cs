namespace Briefing.StructuredData;

/// <summary>
/// What a page tells sharing sites and search engines besides its title and description: its OpenGraph type
/// (<c>article</c>, <c>profile</c>, <c>website</c>), for an article when it was published and last changed and its
/// tags, and its JSON-LD block (UTF-8, safe inside a script element), if it has one.
/// </summary>
public sealed record PageMetadata(string Type, string? Published, string? Modified, IReadOnlyList<string> Tags, byte[]? JsonLd);
