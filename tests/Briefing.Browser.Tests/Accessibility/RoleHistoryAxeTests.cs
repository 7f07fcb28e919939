using Briefing.Browser.Tests.Browsing;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Briefing.Browser.Tests.Accessibility;

// The sample people have no role history (the seed gives no tenure dates), so the axe run over the sample's page
// kinds never sees one: this site has a history, and quotes and events that name roles held then.
public sealed class RoleHistoryAxeTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Site = """
        -- site.yml --
        title: Test Briefings
        base_url: https://example.org/
        -- people/jane-roe.md --
        ---
        name: Jane Roe
        country: AZ
        roles:
          - title: Minister of Foreign Affairs
            country: AZ
            from: 2020-07
          - title: Ambassador
            organisation: United Nations
            from: 2016
            to: 2020-06-30
        ---
        A diplomat.
        -- organisations/un.md --
        ---
        name: United Nations
        ---
        -- briefings/a.md --
        ---
        title: Talks in Baku
        date: 2025-06-10
        countries: [AZ]
        people: [jane-roe]
        events:
          - date: 2018-03-09
            title: Roe addresses the assembly
            people: [jane-roe]
        quotes:
          - by: jane-roe
            text: We will meet again.
            date: 2018-03-09
        ---
        Body.
        """;

    [Theory]
    [InlineData("phone", "light")]
    [InlineData("desktop", "dark")]
    public async Task A_person_page_with_a_role_history_passes_axe_and_fits_the_screen(string screenName, string scheme)
    {
        var screen = Screen.Named(screenName);
        await using var site = await browser.Serve(Site);
        await using var tab = await browser.Open(site, "people/jane-roe/", screen, scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        Assert.Equal(2, await tab.Page.Locator("ul.roles li").CountAsync());
        Assert.Contains("then Ambassador", await tab.Page.Locator("figcaption").First.TextContentAsync() ?? "");
        var result = await tab.Page.RunAxe(AxeCheck.Rules);
        Assert.True(result.Violations.Length == 0, $"{result.Violations.Length} axe violation(s){AxeReport.Describe(result)}");
        var width = await tab.Page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= screen.Width, $"the page is {width} px wide on a screen of {screen.Width} px");
    }
}
