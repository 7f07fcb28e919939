namespace Briefing.Feeds;

/// <summary>
/// One entry of a feed: its id (never changes when the briefing is edited), title, absolute URL, when it was
/// published and last changed, a plain-text summary, its content as UTF-8 (HTML, or plain text when
/// <paramref name="ContentIsHtml"/> is false: the parsed body's own bytes, decoded only when the feed is written) and its
/// categories (tag names).
/// </summary>
public sealed record FeedEntry(
    string Id,
    string Title,
    string Url,
    DateOnly Published,
    DateOnly Updated,
    string? Summary,
    byte[] ContentUtf8,
    bool ContentIsHtml,
    IReadOnlyList<string> Categories)
{
    /// <summary>The content as text.</summary>
    public string Content => System.Text.Encoding.UTF8.GetString(ContentUtf8);

    /// <summary>The briefing's authors; when there are none the feed's author (the site) stands for them.</summary>
    public IReadOnlyList<FeedAuthor> Authors { get; init; } = [];
}
