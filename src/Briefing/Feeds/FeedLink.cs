namespace Briefing.Feeds;

/// <summary>A feed a page links to with <c>&lt;link rel="alternate"&gt;</c>: its title, media type and site-relative path.</summary>
public sealed record FeedLink(string Title, string MediaType, string Path);
