namespace Briefing.Feeds;

/// <summary>
/// One feed as its writers see it (Atom and JSON Feed alike): every URL absolute, every date a calendar day (written as
/// midnight UTC), the entries newest first.
/// </summary>
public sealed record FeedDocument(
    string Id,
    string Title,
    string? Subtitle,
    string Language,
    string FeedUrl,
    string PageUrl,
    string AuthorName,
    string AuthorUrl,
    DateOnly Updated,
    IReadOnlyList<FeedEntry> Entries);
