using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;

namespace Briefing.Feeds;

/// <summary>Writes a <see cref="FeedDocument"/> as Atom 1.0 (RFC 4287) through System.ServiceModel.Syndication's formatter.</summary>
public static class AtomFeedWriter
{
    /// <summary>The media type of an Atom feed.</summary>
    public const string MediaType = "application/atom+xml";

    // CheckCharacters stays on: a character XML 1.0 cannot carry throws rather than make a feed no reader can parse
    // (FeedText.Clean removes them first). LF only, no BOM, so the bytes are the same on every machine.
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        CheckCharacters = true,
    };

    /// <summary>The feed as UTF-8 XML.</summary>
    public static byte[] Write(FeedDocument feed)
    {
        var syndication = new SyndicationFeed
        {
            Id = feed.Id,
            Title = new TextSyndicationContent(FeedText.Clean(feed.Title)),
            Description = feed.Subtitle is { Length: > 0 } subtitle ? new TextSyndicationContent(FeedText.Clean(subtitle)) : null,
            Language = feed.Language,
            LastUpdatedTime = Instant(feed.Updated),
            Items = feed.Entries.Select(e => Item(e, feed)).ToList(),
        };
        syndication.Authors.Add(Author(feed));
        syndication.Links.Add(new SyndicationLink(new Uri(feed.FeedUrl), "self", null, MediaType, 0));
        syndication.Links.Add(new SyndicationLink(new Uri(feed.PageUrl), "alternate", null, "text/html", 0));

        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, Settings))
            new Atom10FeedFormatter(syndication).WriteTo(xml);
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static SyndicationItem Item(FeedEntry entry, FeedDocument feed)
    {
        var content = FeedText.Clean(entry.Content);
        var item = new SyndicationItem
        {
            Id = entry.Id,
            // Relative links in the content resolve against the briefing's page, where they were written.
            BaseUri = new Uri(entry.Url),
            Title = new TextSyndicationContent(FeedText.Clean(entry.Title)),
            PublishDate = Instant(entry.Published),
            LastUpdatedTime = Instant(entry.Updated),
            Summary = entry.Summary is { Length: > 0 } summary ? new TextSyndicationContent(FeedText.Clean(summary)) : null,
            Content = entry.ContentIsHtml ? SyndicationContent.CreateHtmlContent(content) : SyndicationContent.CreatePlaintextContent(content),
        };
        item.Authors.Add(Author(feed));
        item.Links.Add(SyndicationLink.CreateAlternateLink(new Uri(entry.Url), "text/html"));
        foreach (var category in entry.Categories) item.Categories.Add(new SyndicationCategory(FeedText.Clean(category)));
        return item;
    }

    private static SyndicationPerson Author(FeedDocument feed) => new(null, FeedText.Clean(feed.AuthorName), feed.AuthorUrl);

    /// <summary>A calendar day as the instant that starts it in UTC: briefings are dated to the day.</summary>
    internal static DateTimeOffset Instant(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
