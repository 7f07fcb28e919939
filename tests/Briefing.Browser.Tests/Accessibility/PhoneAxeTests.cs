using Briefing.Browser.Tests.Browsing;

namespace Briefing.Browser.Tests.Accessibility;

// One class per screen: xunit runs classes in parallel, so the two screens are checked at once in one browser.
public sealed class PhoneAxeTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Theory]
    [MemberData(nameof(SamplePages.KindsAndSchemes), MemberType = typeof(SamplePages))]
    public Task A_page_of_each_kind_has_no_axe_violation_and_fits_a_phone(string kind, string scheme) =>
        AxeCheck.SamplePage(browser, kind, Screen.Phone, scheme);
}
