namespace Briefing.Feeds;

/// <summary>Who wrote an entry, as a feed names them: their name and the absolute URL of their page.</summary>
public sealed record FeedAuthor(string Name, string Url);
