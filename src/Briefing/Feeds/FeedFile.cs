namespace Briefing.Feeds;

/// <summary>
/// One feed file of the site: its output path, format (<see cref="AtomFeedWriter.MediaType"/> or
/// <see cref="JsonFeedWriter.MediaType"/>), the site-relative URL of the page it belongs to (which links to it), its
/// title and subtitle, and its entries, made only when the file is written.
/// </summary>
public sealed record FeedFile(string Path, string MediaType, string PageUrl, string Title, string? Subtitle, Func<IReadOnlyList<FeedEntry>> Entries)
{
    /// <summary>The title of the page's alternate link: the feed's, with the format when it is not Atom (the home page offers both).</summary>
    public string LinkTitle => MediaType == JsonFeedWriter.MediaType ? Title + " (JSON Feed)" : Title;
}
