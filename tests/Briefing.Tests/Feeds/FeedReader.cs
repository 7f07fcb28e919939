using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using Briefing.Tests.Support;

namespace Briefing.Tests.Feeds;

/// <summary>Reads a built site's feeds back the way a feed reader would: Atom through System.ServiceModel.Syndication, JSON Feed through System.Text.Json.</summary>
internal static class FeedReader
{
    /// <summary>The Atom feed at <paramref name="path"/>, parsed by a reader that refuses XML which is not well-formed.</summary>
    public static SyndicationFeed Atom(SiteResult site, string path)
    {
        using var text = new StringReader(site.Page(path));
        using var xml = XmlReader.Create(text, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        var formatter = new Atom10FeedFormatter();
        Assert.True(formatter.CanRead(xml), $"{path} is not an Atom feed");
        formatter.ReadFrom(xml);
        return formatter.Feed;
    }

    /// <summary>The JSON Feed at <paramref name="path"/>.</summary>
    public static JsonElement Json(SiteResult site, string path) => JsonDocument.Parse(site.Page(path)).RootElement.Clone();

    /// <summary>An entry's HTML or text content.</summary>
    public static string Content(SyndicationItem item) => ((TextSyndicationContent)item.Content).Text;

    /// <summary>The href of an entry's or feed's link with <paramref name="rel"/>.</summary>
    public static string Link(IEnumerable<SyndicationLink> links, string rel) => links.Single(l => l.RelationshipType == rel).Uri.AbsoluteUri;
}
