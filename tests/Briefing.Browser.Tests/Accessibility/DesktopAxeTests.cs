using Briefing.Browser.Tests.Browsing;

namespace Briefing.Browser.Tests.Accessibility;

public sealed class DesktopAxeTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Theory]
    [MemberData(nameof(SamplePages.KindsAndSchemes), MemberType = typeof(SamplePages))]
    public Task A_page_of_each_kind_has_no_axe_violation_and_fits_a_desktop(string kind, string scheme) =>
        AxeCheck.SamplePage(browser, kind, Screen.Desktop, scheme);
}
