using Briefing.Browser.Tests.Browsing;
using Briefing.Tests.Support;
using Deque.AxeCore.Playwright;

namespace Briefing.Browser.Tests.Accessibility;

// The checks above pass by finding nothing; these show that they would find something, and that every kind is there.
public sealed class AxeHarnessTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public void The_sample_site_has_every_kind_of_page()
    {
        Assert.Equal(SamplePages.KnownKinds, SamplePages.ByKind.Keys.Where(SamplePages.KnownKinds.Contains));
    }

    [Fact]
    public async Task Axe_reports_grey_on_white_text_and_an_unnamed_link_with_their_elements()
    {
        await using var site = await browser.Serve(TestSite.SiteYml + """

            -- theme/pages/home.html --
            <h1>Home</h1>
            <p style="color: #aaa; background: #fff">Faint text</p>
            <p><a href="/briefings/"></a></p>
            """);
        await using var tab = await browser.Open(site, "");

        var report = AxeReport.Describe(await tab.Page.RunAxe(AxeCheck.Rules));

        Assert.Contains("color-contrast (serious)", report, StringComparison.Ordinal);
        // The footer has a second paragraph too (the open-data link), so axe names the element by its parent.
        Assert.Contains("  element #main > p:nth-child(2)\n     <p style=\"color: #aaa; background: #fff\">Faint text</p>\n", report, StringComparison.Ordinal);
        Assert.Contains("contrast of 2.32 (foreground color: #aaaaaa, background color: #ffffff", report, StringComparison.Ordinal);
        Assert.Contains("link-name (serious)", report, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/briefings/\"></a>", report, StringComparison.Ordinal);
    }
}
