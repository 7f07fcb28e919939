using Briefing.Browser.Tests.Browsing;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Briefing.Browser.Tests.Accessibility;

// The sample site is too small to need archives or a paged index, so the axe run over its page kinds never sees
// them: this site has short lists and small archive pages, so its lists are cut at every level.
public sealed class ArchiveAxeTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly string Site = """
        -- site.yml --
        title: Test Briefings
        base_url: https://example.org/
        list_length: 2
        archive_page_size: 2
        -- people/ada-lind.md --
        ---
        name: Ada Lind
        country: AZ
        ---
        -- people/bo-kerr.md --
        ---
        name: Bo Kerr
        country: AZ
        ---
        -- people/cy-moss.md --
        ---
        name: Cy Moss
        country: IR
        ---

        """ + string.Concat(Enumerable.Range(0, 7).Select(i => $"""
        -- briefings/b{i}.md --
        ---
        title: Talks round {i + 1}
        date: {(i < 4 ? "2025-06-" + (10 + i) : "2024-0" + (i - 2) + "-05")}
        countries: [AZ, IR]
        people: [ada-lind]
        events:
          - date: {(i < 4 ? "2025-06-" + (10 + i) : "2024-0" + (i - 2) + "-05")}
            title: Envoys meet, round {i + 1}
        quotes:
          - by: {(i % 2 == 0 ? "ada-lind" : "bo-kerr")}
            text: We met for round {i + 1}.
        ---
        Round {i + 1} of the talks.

        """));

    public static TheoryData<string, string, string> Pages() => new()
    {
        { "briefings/", "phone", "light" },
        { "briefings/2025/", "phone", "dark" },
        { "briefings/2025/06/2/", "desktop", "light" },
        { "timeline/2024/", "desktop", "dark" },
        { "quotes/", "phone", "light" },
        { "people/page/2/", "desktop", "dark" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Archive_and_paged_index_pages_pass_axe_and_fit_the_screen(string path, string screenName, string scheme)
    {
        var screen = Screen.Named(screenName);
        await using var site = await browser.Serve(Site);
        await using var tab = await browser.Open(site, path, screen, scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        Assert.True(await tab.Page.Locator("nav.archive-nav, nav.pager-nav").CountAsync() == 1, "the page has its archive or index navigation");
        var result = await tab.Page.RunAxe(AxeCheck.Rules);
        Assert.True(result.Violations.Length == 0, $"{result.Violations.Length} axe violation(s){AxeReport.Describe(result)}");
        var width = await tab.Page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= screen.Width, $"the page is {width} px wide on a screen of {screen.Width} px");
        await Screenshots.Save(tab, $"archive-{path.Replace('/', '-').TrimEnd('-')}-{screenName}-{scheme}");
    }
}
