using Briefing.Browser.Tests.Accessibility;
using Briefing.Browser.Tests.Browsing;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Briefing.Browser.Tests.Search;

/// <summary>The search page of the indexed sample site, used as a reader uses it.</summary>
public sealed class SearchPageTests(BrowserFixture browser, IndexedSample indexed) : IClassFixture<BrowserFixture>, IClassFixture<IndexedSample>
{
    private const string Results = "pagefind-results .pf-result-link";

    private async Task<BrowserTab> Search(string query, Screen? screen = null, ColorScheme scheme = ColorScheme.Light)
    {
        var tab = await browser.Open(indexed.Site, "search/?q=" + Uri.EscapeDataString(query), screen, scheme);
        await tab.Page.Locator(Results).First.WaitForAsync();
        return tab;
    }

    [Fact]
    public async Task Searching_for_a_quotes_words_finds_its_briefing()
    {
        await using var tab = await Search("fantasy-driven disinformation");
        var links = await tab.Page.Locator(Results).EvaluateAllAsync<string[]>("links => links.map(a => a.textContent + ' ' + a.getAttribute('href'))");
        Assert.Contains("Baku rejects Iranian media claims of a role in Israeli operations /desk/briefings/hajiyev-denies-iranian-media-claims/", links);
        // Its speaker's page has the quote too.
        Assert.Contains("Hikmet Hajiyev /desk/people/hikmet-hajiyev/", links);
        Assert.Empty(tab.Errors);
    }

    [Fact]
    public async Task Filtering_by_a_country_narrows_the_results()
    {
        await using var tab = await Search("airspace");
        var summary = tab.Page.Locator("pagefind-summary");
        var all = int.Parse((await summary.TextContentAsync())!.Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(all > 1, $"'airspace' should match several pages, not {all}");
        await tab.Page.Locator("pagefind-filter-pane details[data-filter-name=country] summary").ClickAsync();
        await tab.Page.Locator("pagefind-filter-pane input[name=country][value=Russia]").CheckAsync();
        await Assertions.Expect(summary).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\s*1 result for airspace\s*$"));
        Assert.Equal("Hajiyev tells GLOBSEC that Baku prepared for tension on its doorstep", await tab.Page.Locator(Results).First.TextContentAsync());
    }

    [Fact]
    public async Task A_result_link_opens_its_page_under_the_base_path()
    {
        await using var tab = await Search("fantasy-driven disinformation");
        var link = tab.Page.Locator(Results, new() { HasText = "Baku rejects Iranian media claims" });
        var target = indexed.Site.Url("briefings/hajiyev-denies-iranian-media-claims/");
        var response = tab.Page.WaitForResponseAsync(target);
        await link.ClickAsync();
        Assert.Equal(200, (await response).Status);
        await tab.Page.WaitForURLAsync(target);
        Assert.Equal("Baku rejects Iranian media claims of a role in Israeli operations", await tab.Page.Locator("h1").TextContentAsync());
    }

    [Fact]
    public async Task The_header_field_leads_to_the_search_page_with_the_query()
    {
        await using var tab = await browser.Open(indexed.Site, "");
        await tab.Page.Locator("#site-search-q").FillAsync("airspace");
        await tab.Page.Locator("#site-search-q").PressAsync("Enter");
        await tab.Page.WaitForURLAsync(indexed.Site.Url("search/?q=airspace"));
        await tab.Page.Locator(Results).First.WaitForAsync();
    }

    [Theory]
    [InlineData("phone", "light")]
    [InlineData("phone", "dark")]
    [InlineData("desktop", "light")]
    [InlineData("desktop", "dark")]
    public async Task The_search_page_with_results_and_an_open_filter_has_no_axe_violation(string screen, string scheme)
    {
        await using var tab = await Search("airspace", screen == "phone" ? Screen.Phone : Screen.Desktop, scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        await tab.Page.Locator("pagefind-filter-pane details[data-filter-name=country] summary").ClickAsync();
        await tab.Page.Locator("pagefind-filter-pane input[name=country]").First.WaitForAsync();
        var result = await tab.Page.RunAxe(AxeCheck.Rules);
        Assert.True(result.Violations.Length == 0, $"search ({screen}, {scheme}): {result.Violations.Length} axe violation(s){AxeReport.Describe(result)}");
    }
}
