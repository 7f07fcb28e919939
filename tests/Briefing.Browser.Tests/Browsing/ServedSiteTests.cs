using System.Net;

namespace Briefing.Browser.Tests.Browsing;

// The pages are checked as a static host serves them; these pin what that host does.
public sealed class ServedSiteTests
{
    [Fact]
    public async Task The_sample_site_is_served_under_its_base_path_with_folders_redirected_and_404_html_for_what_it_lacks()
    {
        await using var site = await ServedSite.Start(BrowserFixture.SampleResult);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        Assert.Equal("/desk/", site.Root.AbsolutePath);

        var home = await http.GetAsync(site.Url(""));
        var folder = await http.GetAsync(site.Url("briefings"));
        var missing = await http.GetAsync(site.Url("no-such-page/"));
        var outside = await http.GetAsync(new Uri(site.Root, "/index.html"));

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("class=\"kind-home\"", await home.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.MovedPermanently, folder.StatusCode);
        Assert.Equal(site.Url("briefings/"), new Uri(site.Root, folder.Headers.Location!).ToString());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("class=\"kind-404\"", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
    }
}
