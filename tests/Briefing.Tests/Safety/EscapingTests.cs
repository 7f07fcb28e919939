using System.Text;
using Briefing.Tests.Support;

namespace Briefing.Tests.Safety;

public sealed class EscapingTests
{
    private const string Hostile = """
        -- briefings/x.md --
        ---
        title: "<script>alert(1)</script> <b>Bold</b> & Co"
        date: 2025-06-15
        summary: "Summary with <b>tags</b> & \"quotes\" and 'apostrophes'"
        countries: [AZ]
        people: ["<b>Mallory</b>"]
        tags: ["<i>tag</i> & more"]
        sources:
          - name: "<b>Source</b> & Co"
        events:
          - date: 2025-06-14
            title: "<img src=x onerror=alert(1)> event & more"
        quotes:
          - by: "<b>Mallory</b>"
            text: "<script>steal()</script> said & done"
            context: "<i>context</i>"
            source: "<b>Source</b> & Co"
            original:
              lang: az
              text: "<b>orijinal</b>"
        ---
        Body with <script>alert(2)</script> and <b>inline html</b> & an ampersand.

        <div onclick="x()">block html</div>
        """;

    private static IEnumerable<(string Path, string Html)> Pages(SiteResult site) =>
        site.Result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).Select(f => (f.Path, Encoding.UTF8.GetString(f.Bytes)));

    [Fact]
    public void Markup_in_front_matter_and_body_never_reaches_a_page_as_markup()
    {
        var site = TestSite.Build(Hostile);
        Assert.True(site.Result.Succeeded, string.Join('\n', site.Diagnostics));
        foreach (var (path, page) in Pages(site))
        {
            // The theme's JSON-LD element is the one script a page may hold (StructuredDataTests look inside it).
            var html = JsonLdBlocks.Without(page);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<b>", html);
            Assert.DoesNotContain("<i>", html);
            Assert.DoesNotContain("<img", html);
            Assert.DoesNotContain("<div onclick", html);
            Assert.False(html.Contains("&amp;lt;", StringComparison.Ordinal) || html.Contains("&amp;amp;", StringComparison.Ordinal), $"double escaping on {path}");
        }
    }

    [Fact]
    public void Escaped_text_appears_once_escaped_on_every_page_that_shows_it()
    {
        var site = TestSite.Build(Hostile);
        const string title = "&lt;script&gt;alert(1)&lt;/script&gt; &lt;b&gt;Bold&lt;/b&gt; &amp; Co";
        Assert.Contains(title, site.Page("briefings/x/index.html"));
        Assert.Contains(title, site.Page("index.html"));
        Assert.Contains(title, site.Page("countries/azerbaijan/index.html"));
        Assert.Contains(title, site.Page("tags/i-tag-i-and-more/index.html"));
        Assert.Contains("&lt;script&gt;steal()&lt;/script&gt; said &amp; done", site.Page("quotes/index.html"));
        Assert.Contains("&lt;b&gt;orijinal&lt;/b&gt;", site.Page("quotes/index.html"));
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt; event &amp; more", site.Page("timeline/index.html"));
        Assert.Contains("Summary with &lt;b&gt;tags&lt;/b&gt; &amp; &quot;quotes&quot; and &#39;apostrophes&#39;", site.Page("briefings/x/index.html"));
        Assert.Contains("""<meta name="description" content="Summary with &lt;b&gt;tags&lt;/b&gt; &amp; &quot;quotes&quot; and &#39;apostrophes&#39;">""", site.Page("briefings/x/index.html"));
    }

    [Fact]
    public void Raw_html_in_markdown_is_shown_as_text()
    {
        var page = TestSite.Build(Hostile).Page("briefings/x/index.html");
        Assert.Contains("Body with &lt;script&gt;alert(2)&lt;/script&gt; and &lt;b&gt;inline html&lt;/b&gt; &amp; an ampersand.", page);
        Assert.Contains("&lt;div onclick=&quot;x()&quot;&gt;block html&lt;/div&gt;", page);
    }

    [Fact]
    public void Attribute_syntax_emits_no_attribute()
    {
        var page = TestSite.Build("""
            -- briefings/x.md --
            ---
            title: X
            date: 2025-06-15
            countries: [AZ]
            ---
            A paragraph {onclick=alert(1)}

            # Heading {#custom .cls onclick=alert(1)}
            """).Clean().Page("briefings/x/index.html");
        Assert.DoesNotMatch("<[^>]*\\sonclick=", page);
        Assert.DoesNotContain("class=\"cls\"", page);
        Assert.Contains("{onclick=alert(1)}", page);
    }

    [Theory]
    [InlineData("[x](JaVaScRiPt:alert(1))", 5)]
    [InlineData("[x](&#106;avascript:alert(1))", 5)]
    [InlineData("[x](java\tscript:alert(1))", 0)]
    [InlineData("<javascript:alert(1)>", 5)]
    [InlineData("![i](data:text/html;base64,PHNjcmlwdD4=)", 5)]
    [InlineData("[x](vbscript:msgbox(1))", 5)]
    public void Unsafe_link_schemes_are_errors(string markdown, int column)
    {
        var site = TestSite.Build($"-- briefings/x.md --\n---\ntitle: X\ndate: 2025-06-15\ncountries: [AZ]\n---\nSee {markdown} here.\n");
        if (column == 0)
        {
            // Not a link at all in CommonMark (a tab inside the destination), so it stays text.
            Assert.True(site.Result.Succeeded);
            Assert.DoesNotContain("href=\"java", site.Page("briefings/x/index.html"));
            return;
        }

        var error = Assert.Single(site.Errors);
        Assert.StartsWith($"briefings/x.md(6,{column}): error BRF016:", error);
        Assert.Empty(site.Result.Files);
    }

    [Fact]
    public void Safe_links_pass()
    {
        TestSite.Build("""
            -- briefings/x.md --
            ---
            title: X
            date: 2025-06-15
            countries: [AZ]
            ---
            [web](https://example.org/) [mail](mailto:desk@example.org) [self](#section) [up](../)

            ## Section
            """).Clean();
    }
}
