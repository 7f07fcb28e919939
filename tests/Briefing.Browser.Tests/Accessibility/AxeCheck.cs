using Briefing.Browser.Tests.Browsing;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Briefing.Browser.Tests.Accessibility;

/// <summary>Opens a page of the sample site as a reader would and asserts axe finds nothing against WCAG 2.1 A/AA and axe's best practices, and that it fits the screen's width.</summary>
public static class AxeCheck
{
    /// <summary>The rules run: WCAG 2.0 and 2.1 at levels A and AA, and axe's best practices; none is disabled.</summary>
    public static readonly AxeRunOptions Rules = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
    };

    /// <summary>Checks the sample page of <paramref name="kind"/> on <paramref name="screen"/> in <paramref name="scheme"/> (<c>light</c> or <c>dark</c>).</summary>
    public static async Task SamplePage(BrowserFixture browser, string kind, Screen screen, string scheme)
    {
        var path = SamplePages.PathToOpen(kind);
        await using var tab = await browser.Open(browser.Sample, path, screen, scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        Assert.Equal(kind == "404" ? 404 : 200, tab.Response?.Status);
        Assert.Contains("kind-" + kind, (await tab.Page.Locator("body").GetAttributeAsync("class") ?? "").Split(' '));
        await Screenshots.Save(tab, $"{kind}-{screen.Name}-{scheme}");

        var result = await tab.Page.RunAxe(Rules);

        Assert.True(result.Violations.Length == 0, $"{path} ({screen.Name}, {scheme}): {result.Violations.Length} axe violation(s){AxeReport.Describe(result)}");
        // A page wider than the screen makes a phone reader scroll sideways to read each line.
        var width = await tab.Page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= screen.Width, $"{path} ({screen.Name}, {scheme}) is {width} px wide on a screen of {screen.Width} px");
    }
}
