using System.Text;
using Briefing.Checking;

namespace Briefing.Tests.Building;

/// <summary>What the link check keeps of a page: only the hrefs it will judge, and every id.</summary>
public sealed class PageLinksTests
{
    [Fact]
    public void Links_that_leave_the_site_are_not_kept_and_all_others_are()
    {
        const string html = """
            <a href="https://example.org/a">x</a> <a href="mailto:desk@example.org">x</a> <a href="//cdn.example.org/x.js">x</a>
            <a href="">x</a> <a href="/countries/">x</a> <a href="../people/">x</a> <a href="quotes/#q-1">x</a> <a href="a:b/">x</a>
            <img src="HTTP://example.org/i.png"> <img src="/assets/i.png"> <h2 id="top">x</h2>
            """;
        var links = PageLinks.Extract("briefings/a/index.html", null, Encoding.UTF8.GetBytes(html));

        Assert.Equal(["/countries/", "../people/", "quotes/#q-1", "/assets/i.png"], links.Hrefs);
        Assert.Equal(["top"], links.Ids);
    }

    [Theory]
    [InlineData("https://example.org/", false)]
    [InlineData("mailto:a@b", false)]
    [InlineData("//host/x", false)]
    [InlineData("", false)]
    [InlineData("/a:b/", true)] // a colon after the first slash is a path, not a scheme
    [InlineData("people/", true)]
    [InlineData("#top", true)]
    public void The_check_judges_every_href_but_those_that_leave_the_site(string href, bool checks) =>
        Assert.Equal(checks, LinkChecker.Checks(href));

    [Fact]
    public void Hrefs_are_kept_as_written_after_decoding_entities_and_ids_once_each()
    {
        const string html = """<a href="/a/?x=1&amp;y=2">x</a> <a href="/é/">x</a> <a href="/é/">again</a> <p id="é"></p><p id="é"></p>""";
        var links = PageLinks.Extract("p.html", null, Encoding.UTF8.GetBytes(html));

        Assert.Equal(["/a/?x=1&y=2", "/é/"], links.Hrefs);
        var read = new List<string>();
        foreach (var href in links.ReadHrefs()) read.Add(Encoding.UTF8.GetString(href));
        Assert.Equal(["/a/?x=1&y=2", "/é/", "/é/"], read);
        Assert.Equal(["é"], links.Ids);
    }

    [Fact]
    public void The_check_reports_a_broken_link_once_per_page_and_judges_anchors_by_the_target_pages_ids()
    {
        var pages = new[]
        {
            PageLinks.Extract("a/index.html", "briefings/a.md", Encoding.UTF8.GetBytes(
                """<a href="/b/#there">x</a> <a href="/b/#gone">x</a> <a href="/nowhere/">x</a> <a href="/nowhere/">x</a> <a href="../b/#gone">x</a>""")),
            PageLinks.Extract("b/index.html", null, Encoding.UTF8.GetBytes("""<h2 id="there">x</h2>""")),
        };

        var broken = LinkChecker.Check(pages, new HashSet<string> { "a/index.html", "b/index.html" }, "/", threads: 2);

        Assert.Equal(
            [("/b/#gone", "has no element with id 'gone' on /b/index.html"), ("/nowhere/", "names no page or file"), ("../b/#gone", "has no element with id 'gone' on /b/index.html")],
            broken.Select(b => (b.Href, b.Problem)));
        Assert.All(broken, b => Assert.Equal(("a/index.html", "briefings/a.md"), (b.Page, b.SourcePath)));
    }

    [Theory]
    [InlineData("/news/b/#there", null)]
    [InlineData("/news/#top", null)] // the home page, folder ""
    [InlineData("/news/b/#th%65re", null)] // escaped: resolved in full, still fine
    [InlineData("/news/b/index.html#there", null)]
    [InlineData("/news/b/#gone", "has no element with id 'gone' on /b/index.html")]
    [InlineData("/news/#gone", "has no element with id 'gone' on /index.html")]
    [InlineData("/news/c/#there", "names no page or file")]
    [InlineData("/b/#there", "leads outside the site's base path /news/")]
    [InlineData("/news/b#there", "needs a trailing '/'")]
    public void An_anchor_link_is_judged_by_the_ids_of_the_page_it_names(string href, string? problem)
    {
        var pages = new[]
        {
            PageLinks.Extract("index.html", null, Encoding.UTF8.GetBytes($"""<h1 id="top">x</h1><a href="{href}">x</a>""")),
            PageLinks.Extract("b/index.html", null, Encoding.UTF8.GetBytes("""<h2 id="there">x</h2>""")),
        };

        var broken = LinkChecker.Check(pages, new HashSet<string> { "index.html", "b/index.html" }, "/news/");

        Assert.Equal(problem, broken.SingleOrDefault()?.Problem);
    }

    [Theory]
    [InlineData(3)] // compared byte by byte
    [InlineData(500)] // looked up by hash
    public void A_page_has_exactly_the_ids_it_defines(int count)
    {
        var html = string.Concat(Enumerable.Range(0, count).Select(i => $"""<p id="é-{i}">x</p>"""));
        var page = PageLinks.Extract("p.html", null, Encoding.UTF8.GetBytes(html));

        Assert.All(Enumerable.Range(0, count), i => Assert.True(page.HasId($"é-{i}")));
        Assert.False(page.HasId("é-" + new string('9', 300)));
        Assert.True(page.HasId("é-0"));
        Assert.True(page.HasId($"é-{count - 1}"));
        Assert.False(page.HasId($"é-{count}"));
        Assert.False(page.HasId("e-0"));
        Assert.False(page.HasId("é-"));
        Assert.Equal(count, page.Ids.Count);
    }

    [Fact]
    public void Values_longer_than_the_first_buffer_are_read_whole()
    {
        var id = new string('i', 1_000);
        var href = "/b/?" + new string('q', 1_000) + "&amp;x#" + id;
        var pages = new[]
        {
            PageLinks.Extract("a/index.html", null, Encoding.UTF8.GetBytes($"""<a href="/b/#{id}">x</a><a href="{href}">y</a>""")),
            PageLinks.Extract("b/index.html", null, Encoding.UTF8.GetBytes($"""<p id="{id}">x</p>""")),
        };

        Assert.Equal(["/b/#" + id, "/b/?" + new string('q', 1_000) + "&x#" + id], pages[0].Hrefs);
        Assert.Empty(LinkChecker.Check(pages, new HashSet<string> { "a/index.html", "b/index.html" }, "/"));
    }
}
