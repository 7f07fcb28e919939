using System.Globalization;
using System.Text;
using System.Xml;
using Briefing.Rendering;

namespace Briefing.Feeds;

/// <summary>
/// Writes <c>/sitemap.xml</c> (sitemaps.org protocol 0.9). Past <see cref="MaxUrls"/> URLs, the protocol's limit for one
/// file, <c>sitemap.xml</c> is an index of numbered parts <c>sitemap-1.xml</c>, <c>sitemap-2.xml</c>, … (at 50,000 URLs
/// of this site's length a part stays far below the protocol's 50 MB).
/// </summary>
public static class SitemapWriter
{
    /// <summary>URLs in one sitemap file.</summary>
    public const int MaxUrls = 50_000;

    /// <summary>The sitemap's output path.</summary>
    public const string Path = "sitemap.xml";

    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>
    /// The sitemap files for <paramref name="urls"/>: one file, or an index and its parts when there are more than
    /// <paramref name="maxUrls"/>; <paramref name="absoluteUrl"/> turns a part's path into the URL the index gives.
    /// </summary>
    public static List<RenderedPage> Write(IReadOnlyList<SitemapUrl> urls, Func<string, string> absoluteUrl, int maxUrls = MaxUrls)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxUrls, 1);
        if (urls.Count <= maxUrls) return [new RenderedPage(Path, UrlSet(urls))];
        var parts = urls.Chunk(maxUrls).ToList();
        var files = parts.Select((part, i) => new RenderedPage($"sitemap-{i + 1}.xml", UrlSet(part))).ToList();
        var index = Xml("sitemapindex", xml =>
        {
            for (var i = 0; i < parts.Count; i++)
                Element(xml, "sitemap", absoluteUrl(files[i].Path), parts[i].Max(u => u.LastModified));
        });
        return [new RenderedPage(Path, index), .. files];
    }

    private static byte[] UrlSet(IEnumerable<SitemapUrl> urls) => Xml("urlset", xml =>
    {
        foreach (var url in urls) Element(xml, "url", url.Location, url.LastModified);
    });

    private static void Element(XmlWriter xml, string name, string location, DateOnly? lastModified)
    {
        xml.WriteStartElement(name, Namespace);
        xml.WriteElementString("loc", Namespace, location);
        if (lastModified is { } day) xml.WriteElementString("lastmod", Namespace, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        xml.WriteEndElement();
    }

    private static byte[] Xml(string root, Action<XmlWriter> body)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, XmlOutput.Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement(root, Namespace);
            body(xml);
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
