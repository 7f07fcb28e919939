using Briefing.Browser.Tests.Browsing;
using Briefing.Building;
using Briefing.Cli.Search;
using Briefing.Tests.Search;
using Briefing.Tests.Support;
using Microsoft.Playwright;

namespace Briefing.Browser.Tests.Search;

/// <summary>What a page's text holds reaches the search results as text: its title, its facts and its excerpt.</summary>
public sealed class SearchTextTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Site = """
        -- site.yml --
        title: Desk
        base_url: https://example.org/desk/
        -- briefings/2024-03-02-talks.md --
        ---
        title: "Talks <img src=x onerror=window.hacked=1> & <!-- in Madrid"
        date: 2024-03-02
        countries: [ES]
        ---
        The ministers met about `<b onclick=window.hacked=2>zanzibarine</b>` &amp; the corridor.
        """;

    [Fact]
    public async Task Markup_in_a_pages_title_and_text_is_shown_as_text_in_the_results()
    {
        SearchCache.Use();
        var (tool, problem) = await PagefindTool.Locate();
        Assert.True(tool is not null, "Pagefind is needed: " + problem);
        await using var site = await ServedSite.Start(TestSite.Build(Site, new BuildOptions(Strict: true) { Search = true }).Result, async folder =>
        {
            if (await tool.Index(folder) is { } failure) throw new InvalidOperationException("Pagefind failed: " + failure);
        });
        await using var tab = await browser.Open(site, "search/?q=zanzibarine");
        var link = tab.Page.Locator(".search-result-title a");
        await Assertions.Expect(link).ToHaveCountAsync(1);
        Assert.Equal("Talks <img src=x onerror=window.hacked=1> & <!-- in Madrid", await link.TextContentAsync());
        Assert.Equal(site.Url("briefings/talks/"), await link.EvaluateAsync<string>("a => a.href"));
        var excerpt = tab.Page.Locator(".search-result-excerpt");
        Assert.Contains("<b onclick=window.hacked=2>zanzibarine</b>", await excerpt.TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains("zanzibarine", await excerpt.Locator("mark").First.TextContentAsync(), StringComparison.Ordinal);
        // Only the marks are elements: nothing of the page's text became markup.
        Assert.Equal(0, await tab.Page.Locator(".search-results :is(img, b, script)").CountAsync());
        Assert.Equal(0, await excerpt.Locator(":not(mark)").CountAsync());
        Assert.Equal("undefined", await tab.Page.EvaluateAsync<string>("typeof window.hacked"));
        // Only script errors: the sample has no favicon, and Chromium logs its 404 as a console error when a test runs long enough.
        Assert.DoesNotContain(tab.Errors, e => e.StartsWith("script error:", StringComparison.Ordinal));
    }
}
