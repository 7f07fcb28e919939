namespace Briefing.Feeds;

/// <summary>
/// One entry of a feed: its id (never changes when the briefing is edited), title, absolute URL, when it was
/// published and last changed, a plain-text summary, its content (HTML, or plain text when <paramref name="ContentIsHtml"/>
/// is false) and its categories (tag names).
/// </summary>
public sealed record FeedEntry(
    string Id,
    string Title,
    string Url,
    DateOnly Published,
    DateOnly Updated,
    string? Summary,
    string Content,
    bool ContentIsHtml,
    IReadOnlyList<string> Categories);
