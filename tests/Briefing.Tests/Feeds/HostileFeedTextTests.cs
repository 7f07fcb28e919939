using System.Xml;
using Briefing.Feeds;
using Briefing.Tests.Support;

namespace Briefing.Tests.Feeds;

/// <summary>Text that breaks naive XML and JSON writers stays text in every feed and in the sitemap.</summary>
public sealed class HostileFeedTextTests
{
    private const string Nasty = "A </script> <!-- x --> ]]> & \u2028 \u2029 <b>bold</b> 'q' \"dq\"";

    // In YAML double quotes, with the line and paragraph separators escaped: a YAML reader may take them for line breaks.
    private static readonly string Escaped = Nasty.Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\u2028", "\\L", StringComparison.Ordinal)
        .Replace("\u2029", "\\P", StringComparison.Ordinal);

    private static readonly string Site = $$"""
        -- briefings/a.md --
        ---
        title: "Title {{Escaped}}"
        date: 2025-06-15
        summary: "Summary {{Escaped}}"
        countries: [AZ]
        people: ["Person ]]> & </script>"]
        tags: ["tag {{Escaped}}"]
        sources:
          - name: "Source {{Escaped}}"
        quotes:
          - by: "Person ]]> & </script>"
            text: "Quote {{Escaped}}"
            source: "Source {{Escaped}}"
        updates:
          - date: 2025-06-16
            note: "Note {{Escaped}}"
        ---
        Body with `]]>` and `</script>` and a <!-- comment --> & an ampersand.
        -- people/person-script.md --
        ---
        name: "Person ]]> & </script>"
        ---
        Bio.
        """;

    [Fact]
    public void Every_feed_and_the_sitemap_parse_and_show_the_text_as_written()
    {
        var site = TestSite.Build(Site).Clean();
        var feedPaths = site.Paths.Where(p => p.EndsWith("feed.xml", StringComparison.Ordinal)).ToList();
        Assert.Equal(["countries/azerbaijan/feed.xml", "feed.xml", "people/person-script/feed.xml", "tags/tag-a-script-x-and-b-bold-b-q-dq/feed.xml", "updates/feed.xml"],
            feedPaths.Order(StringComparer.Ordinal));
        foreach (var path in feedPaths)
        {
            var feed = FeedReader.Atom(site, path);
            Assert.All(feed.Items, i => Assert.Contains(Nasty, i.Title.Text, StringComparison.Ordinal));
        }

        Assert.Equal("Person ]]> & </script> · Test Briefings", FeedReader.Atom(site, "people/person-script/feed.xml").Title.Text);
        var entry = FeedReader.Atom(site, "feed.xml").Items.Single();
        Assert.Equal("Title " + Nasty, entry.Title.Text);
        Assert.Equal("Summary " + Nasty, entry.Summary.Text);
        Assert.Equal("tag " + Nasty, entry.Categories.Single().Name);
        var body = FeedReader.Content(entry);
        Assert.Contains("<code>]]&gt;</code>", body, StringComparison.Ordinal);
        Assert.Contains("<code>&lt;/script&gt;</code>", body, StringComparison.Ordinal);
        Assert.Contains("&lt;!-- comment --&gt; &amp; an ampersand", body, StringComparison.Ordinal);
        Assert.Equal("Note " + Nasty, FeedReader.Content(FeedReader.Atom(site, "updates/feed.xml").Items.Single()));

        var item = FeedReader.Json(site, "feed.json").GetProperty("items")[0];
        Assert.Equal("Title " + Nasty, item.GetProperty("title").GetString());
        Assert.Equal("Summary " + Nasty, item.GetProperty("summary").GetString());
        Assert.Equal("tag " + Nasty, item.GetProperty("tags")[0].GetString());
        Assert.Equal(body, item.GetProperty("content_html").GetString());

        var json = site.Page("feed.json");
        Assert.DoesNotContain("\u2028", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\u2029", json, StringComparison.Ordinal);

        using var sitemap = XmlReader.Create(new StringReader(site.Page("sitemap.xml")));
        while (sitemap.Read()) { }
    }

    // Code points, not strings: a lone surrogate is not a string a test runner can show. The parse stage refuses these
    // (BRF028); were one to get through, the writer throws rather than write a feed no reader can parse.
    [Theory]
    [InlineData(0x01)]
    [InlineData(0x1F)]
    [InlineData(0xFFFE)]
    [InlineData(0xD800)]
    [InlineData(0xDC00)]
    public void A_character_xml_cannot_carry_is_never_written_into_a_feed(int codePoint)
    {
        var bad = (char)codePoint + "x";
        var entry = new FeedEntry("tag:example.org,2025-06-15:a", "T" + bad, "https://example.org/a/", new DateOnly(2025, 6, 15), new DateOnly(2025, 6, 15),
            "S", System.Text.Encoding.UTF8.GetBytes("<p>C</p>"), true, ["t"]);
        var feed = new FeedDocument("https://example.org/feed.xml", "F", "D", "en", "https://example.org/feed.xml", "https://example.org/",
            "A", "https://example.org/", new DateOnly(2025, 6, 15), [entry]);
        Assert.ThrowsAny<ArgumentException>(() => new AtomFeedWriter().Write(feed));
    }
}
