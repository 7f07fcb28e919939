using System.Collections.Concurrent;
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
        var links = PageLinks.Extract("briefings/a/index.html", null, Encoding.UTF8.GetBytes(html), new ConcurrentDictionary<string, string>());

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
}
