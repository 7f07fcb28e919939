using Briefing.Browser.Tests.Browsing;

namespace Briefing.Browser.Tests.Direction;

// What the browser makes of the direction markup: the computed `direction`, and the stylesheet's logical sides mirrored.
public sealed class RightToLeftTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static string Site(string language) => $$"""
        -- site.yml --
        title: Test Briefings
        base_url: https://example.org/
        language: {{language}}
        -- people/abbas-araghchi.md --
        ---
        name: Abbas Araghchi
        ---
        Iran's foreign minister.
        -- briefings/a.md --
        ---
        title: A call
        date: 2025-06-15
        countries: [IR]
        people: [abbas-araghchi]
        events:
          - date: 2025-06-14
            title: The ministers speak
        quotes:
          - by: abbas-araghchi
            text: we will not allow it
            original:
              lang: fa
              text: ما اجازه نمی‌دهیم
        ---
        Body.
        """;

    private static Task<string> Style(BrowserTab tab, string selector, string property) =>
        tab.Page.EvalOnSelectorAsync<string>(selector, $"e => getComputedStyle(e).{property}");

    [Fact]
    public async Task A_Persian_original_renders_right_to_left_on_a_left_to_right_page()
    {
        await using var site = await browser.Serve(Site("en"));
        await using var tab = await browser.Open(site, "briefings/a/");
        Assert.Equal("ltr", await Style(tab, "html", "direction"));
        Assert.Equal("rtl", await Style(tab, "[lang=\"fa\"]", "direction"));
        Assert.Equal("rtl", await Style(tab, "[lang=\"fa\"] p", "direction"));
        Assert.Equal("Original (Persian):", await tab.Page.TextContentAsync(".original-label"));
        Assert.DoesNotContain(tab.Errors, e => e.StartsWith("script error", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_Arabic_site_renders_right_to_left_and_its_stylesheet_mirrors()
    {
        await using var site = await browser.Serve(Site("ar"));
        await using var tab = await browser.Open(site, "briefings/a/");
        Assert.Equal("rtl", await Style(tab, "html", "direction"));
        Assert.Equal("rtl", await Style(tab, "body", "direction"));
        // The timeline's rule and the quote's bar are on the inline-start side, which is the right in Arabic.
        Assert.Equal(("0px", "2px"), (await Style(tab, "ol.events", "borderLeftWidth"), await Style(tab, "ol.events", "borderRightWidth")));
        Assert.Equal(("0px", "3px"), (await Style(tab, "div.quote", "borderLeftWidth"), await Style(tab, "div.quote", "borderRightWidth")));
        Assert.DoesNotContain(tab.Errors, e => e.StartsWith("script error", StringComparison.Ordinal));
    }
}
