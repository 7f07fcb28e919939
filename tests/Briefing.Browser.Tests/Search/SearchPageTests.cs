using Briefing.Browser.Tests.Accessibility;
using Briefing.Browser.Tests.Browsing;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Briefing.Browser.Tests.Search;

/// <summary>The search page of the indexed sample site, used as a reader uses it.</summary>
public sealed class SearchPageTests(BrowserFixture browser, IndexedSample indexed) : IClassFixture<BrowserFixture>, IClassFixture<IndexedSample>
{
    private const string Results = ".search-results .search-result-title a";
    private const string Status = ".search-status";
    private const string FilterPane = ".search-filters > summary";

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
        var status = tab.Page.Locator(Status);
        await Assertions.Expect(status).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+ results for airspace$"));
        var all = int.Parse((await status.TextContentAsync())!.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(all > 1, $"'airspace' should match several pages, not {all}");
        await tab.Page.Locator(FilterPane).ClickAsync();
        await tab.Page.Locator(".search-filters fieldset:has(legend:text-is('Country')) input[name=country][value=Russia]").CheckAsync();
        await Assertions.Expect(status).ToHaveTextAsync($"1 result for airspace ({all} results without filters)");
        await Assertions.Expect(tab.Page.Locator(Results)).ToHaveCountAsync(1);
        Assert.Equal("Hajiyev tells GLOBSEC that Baku prepared for tension on its doorstep", await tab.Page.Locator(Results).First.TextContentAsync());
    }

    [Fact]
    public async Task The_filters_are_fetched_only_when_the_reader_opens_them()
    {
        await using var tab = await browser.Open(indexed.Site, "search/");
        var fetched = new List<string>();
        tab.Page.Context.Request += (_, request) => { lock (fetched) fetched.Add(request.Url); };
        await tab.Page.Locator("#search-q").FillAsync("airspace");
        await tab.Page.Locator(Results).First.WaitForAsync();
        await Assertions.Expect(tab.Page).ToHaveURLAsync(indexed.Site.Url("search/?q=airspace"));
        string[] Fetched(string folder) { lock (fetched) return fetched.Where(url => url.Contains("/desk/pagefind/" + folder, StringComparison.Ordinal)).ToArray(); }
        // The worker's requests are seen (the word's index chunk), and no filter's chunk is among them.
        Assert.NotEmpty(Fetched("index/"));
        Assert.Empty(Fetched("filter/"));
        await tab.Page.Locator(FilterPane).ClickAsync();
        await tab.Page.Locator(".search-filters input[name=country]").First.WaitForAsync();
        Assert.NotEmpty(Fetched("filter/"));
        // Only script errors: the sample has no favicon, and Chromium logs its 404 as a console error when a test runs long enough.
        Assert.DoesNotContain(tab.Errors, e => e.StartsWith("script error:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Results_load_ten_at_a_time_and_the_order_follows_the_date()
    {
        await using var tab = await Search("the");
        var status = tab.Page.Locator(Status);
        await Assertions.Expect(status).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+ results for the$"));
        var all = int.Parse((await status.TextContentAsync())!.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(all > 10, $"'the' should match more than ten pages, not {all}");
        await Assertions.Expect(tab.Page.Locator(Results)).ToHaveCountAsync(10);
        await tab.Page.Locator(".search-more").ClickAsync();
        await Assertions.Expect(tab.Page.Locator(Results)).ToHaveCountAsync(Math.Min(all, 20));
        // The first of the new results has the focus, so a keyboard reader goes on from there.
        Assert.Equal(await tab.Page.Locator(Results).Nth(10).TextContentAsync(), await tab.Page.EvaluateAsync<string>("document.activeElement.textContent"));

        await tab.Page.Locator("#search-order").SelectOptionAsync("desc");
        await Assertions.Expect(tab.Page.Locator(Results)).ToHaveCountAsync(10);
        var dates = await tab.Page.Locator(".search-result-facts").EvaluateAllAsync<string[]>("facts => facts.map(p => p.textContent)");
        var briefings = dates.Where(d => d.StartsWith("Briefing · ", StringComparison.Ordinal))
            .Select(d => DateOnly.TryParse(d["Briefing · ".Length..], System.Globalization.CultureInfo.InvariantCulture, out var date) ? date : (DateOnly?)null)
            .OfType<DateOnly>().ToList();
        Assert.True(briefings.Count > 1, "the newest results should hold briefings: " + string.Join(", ", dates));
        Assert.Equal(briefings.OrderByDescending(d => d).ToList(), briefings);
        // Only script errors: the sample has no favicon, and Chromium logs its 404 as a console error when a test runs long enough.
        Assert.DoesNotContain(tab.Errors, e => e.StartsWith("script error:", StringComparison.Ordinal));
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
        // The address is enough: the heading is read with the locator's own wait, so a slow page load on a busy machine cannot time it out.
        await tab.Page.WaitForURLAsync(target, new() { WaitUntil = Microsoft.Playwright.WaitUntilState.Commit });
        Assert.Equal("Baku rejects Iranian media claims of a role in Israeli operations", await tab.Page.Locator("h1").TextContentAsync());
    }

    [Fact]
    public async Task The_header_field_leads_to_the_search_page_with_the_query()
    {
        await using var tab = await browser.Open(indexed.Site, "");
        await tab.Page.Locator("#site-search-q").FillAsync("airspace");
        await tab.Page.Locator("#site-search-q").PressAsync("Enter");
        // The address, then the first result with the locator's own wait: the search page's load event (Pagefind's
        // scripts and index) can take longer than the navigation wait on a loaded machine.
        await tab.Page.WaitForURLAsync(indexed.Site.Url("search/?q=airspace"), new() { WaitUntil = Microsoft.Playwright.WaitUntilState.Commit });
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
        await tab.Page.Locator(FilterPane).ClickAsync();
        await tab.Page.Locator(".search-filters input[name=country]").First.WaitForAsync();
        var result = await tab.Page.RunAxe(AxeCheck.Rules);
        Assert.True(result.Violations.Length == 0, $"search ({screen}, {scheme}): {result.Violations.Length} axe violation(s){AxeReport.Describe(result)}");
    }
}
