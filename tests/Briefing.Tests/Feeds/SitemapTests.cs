using System.Xml;
using System.Xml.Linq;
using Briefing.Feeds;
using Briefing.Tests.Support;

namespace Briefing.Tests.Feeds;

public sealed class SitemapTests
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private const string Site = """
        -- site.yml --
        title: T
        base_url: https://example.org/desk/
        -- briefings/a.md --
        ---
        title: A
        date: 2025-06-15
        countries: [AZ]
        tags: [x]
        updates:
          - date: 2025-06-20
            note: Changed.
        ---
        Body.
        -- briefings/b.md --
        ---
        title: B
        date: 2025-06-17
        countries: [AZ, TR]
        tags: [y]
        quotes:
          - by: Hakan Fidan
            text: Words.
        ---
        Body.
        -- people/lonely.md --
        ---
        name: Lonely
        country: GE
        ---
        In no briefing.
        """;

    // The sitemap read back with a reader that refuses XML which is not well-formed, as loc → lastmod.
    private static Dictionary<string, string?> Read(string xml, string root = "urlset", string item = "url")
    {
        var doc = XDocument.Load(XmlReader.Create(new StringReader(xml)));
        Assert.Equal(Ns + root, doc.Root!.Name);
        return doc.Root.Elements(Ns + item).ToDictionary(u => u.Element(Ns + "loc")!.Value, u => u.Element(Ns + "lastmod")?.Value, StringComparer.Ordinal);
    }

    [Fact]
    public void The_sitemap_lists_every_html_page_but_the_not_found_page()
    {
        var site = TestSite.Build(Site);
        var urls = Read(site.Page("sitemap.xml"));
        var pages = site.Paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal) && p != "404.html")
            .Select(p => "https://example.org/desk/" + (p == "index.html" ? "" : p[..^"index.html".Length])).Order(StringComparer.Ordinal);
        Assert.Equal(pages, urls.Keys);
    }

    [Fact]
    public void Lastmod_is_the_latest_change_of_the_briefings_a_page_shows()
    {
        var urls = Read(TestSite.Build(Site).Page("sitemap.xml"));
        const string root = "https://example.org/desk/";
        Assert.Equal("2025-06-20", urls[root + "briefings/a/"]);
        Assert.Equal("2025-06-17", urls[root + "briefings/b/"]);
        Assert.Equal("2025-06-20", urls[root + "countries/azerbaijan/"]);
        Assert.Equal("2025-06-17", urls[root + "countries/turkiye/"]);
        Assert.Equal("2025-06-17", urls[root + "people/hakan-fidan/"]);
        Assert.Equal("2025-06-20", urls[root + "tags/x/"]);
        Assert.Equal("2025-06-17", urls[root + "tags/y/"]);
        Assert.Equal("2025-06-20", urls[root]);
        Assert.Equal("2025-06-20", urls[root + "timeline/"]);
        Assert.Null(urls[root + "people/lonely/"]);
        Assert.Null(urls[root + "countries/georgia/"]);
    }

    [Fact]
    public void Past_the_limit_the_sitemap_is_an_index_of_numbered_parts()
    {
        var urls = Enumerable.Range(0, 7).Select(i => new SitemapUrl($"https://example.org/p{i}/", i == 6 ? null : new DateOnly(2025, 1, 1 + i))).ToList();
        var files = SitemapWriter.Write(urls, p => "https://example.org/" + p, maxUrls: 3);

        Assert.Equal(["sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml"], files.Select(f => f.Path));
        var index = Read(System.Text.Encoding.UTF8.GetString(files[0].Bytes), "sitemapindex", "sitemap");
        Assert.Equal(new Dictionary<string, string?>
        {
            ["https://example.org/sitemap-1.xml"] = "2025-01-03",
            ["https://example.org/sitemap-2.xml"] = "2025-01-06",
            ["https://example.org/sitemap-3.xml"] = null,
        }, index);
        var parts = files.Skip(1).Select(f => Read(System.Text.Encoding.UTF8.GetString(f.Bytes))).ToList();
        Assert.Equal([3, 3, 1], parts.Select(p => p.Count));
        Assert.Equal(urls.Select(u => u.Location), parts.SelectMany(p => p.Keys));

        Assert.Equal(["sitemap.xml"], SitemapWriter.Write(urls, p => p, maxUrls: 7).Select(f => f.Path));
    }

    [Fact]
    public void A_static_file_where_the_sitemap_or_a_feed_goes_is_an_error()
    {
        var site = TestSite.Build(Site + "\n-- static/sitemap.xml --\n<urlset/>\n-- static/feed.json --\n{}\n");
        Assert.Equal([
            "static/feed.json(1,1): error BRF018: static file would overwrite the generated file /feed.json; move or rename it",
            "static/sitemap.xml(1,1): error BRF018: static file would overwrite the generated file /sitemap.xml; move or rename it"], site.Errors);
    }
}
