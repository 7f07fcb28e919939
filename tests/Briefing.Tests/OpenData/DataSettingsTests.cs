using Briefing.Building;
using Briefing.Tests.Support;

namespace Briefing.Tests.OpenData;

/// <summary>site.yml's <c>data_license</c> and a theme without the data page.</summary>
public sealed class DataSettingsTests
{
    private const string Briefing = """
        -- briefings/a.md --
        ---
        title: A
        date: 2025-06-15
        countries: [AZ]
        events:
          - date: 2025-06-14
            title: Talks
        ---
        Body.
        """;

    [Fact]
    public void A_licence_in_words_is_shown_without_a_link()
    {
        var site = TestSite.Build("-- site.yml --\ntitle: T\nbase_url: https://example.org/\ndata_license: CC-BY-4.0\n" + Briefing).Clean();
        Assert.Contains("The data is published under CC-BY-4.0.", site.Page("data/index.html"), StringComparison.Ordinal);
        Assert.Contains("\"license\": {\n    \"name\": \"CC-BY-4.0\",\n    \"url\": null\n  },", site.Page("data/events.json"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_licence_url_that_is_not_http_or_https_is_an_error() =>
        TestSite.Build("-- site.yml --\ntitle: T\nbase_url: https://example.org/\ndata_license:\n  name: Open\n  url: javascript:alert(1)\n" + Briefing).FailsWith(
            "site.yml(5,8): error BRF063: data_license url 'javascript:alert(1)' must be an absolute http or https URL, e.g. https://creativecommons.org/licenses/by/4.0/");

    [Fact]
    public void A_licence_mapping_needs_a_name_and_takes_only_name_and_url() =>
        TestSite.Build("-- site.yml --\ntitle: T\nbase_url: https://example.org/\ndata_license:\n  nme: Open\n" + Briefing).FailsWith(
            "site.yml(4,3): error BRF006: unknown key 'nme' in data_license; did you mean 'name'?",
            "site.yml(4,3): error BRF008: data_license needs 'name'");

    [Fact]
    public void A_theme_without_the_data_page_gets_the_files_and_a_warning()
    {
        var (input, theme) = TestSite.Files(Briefing);
        var result = SiteBuilder.Build(input, theme.Where(f => f.Path != "pages/data.html").ToList(), new BuildOptions(false));
        Assert.True(result.Succeeded);
        Assert.Equal(["theme/pages/data.html(1,1): warning BRF064: the files under /data/ are made without the page that documents them and their licence: " +
            "the theme has no pages/data.html; copy it (and the footer link of layouts/base.html) from `briefing theme export DIR`"], result.Diagnostics.Select(d => d.ToString()));
        var paths = result.Files.Select(f => f.Path).ToList();
        Assert.Contains("data/events.csv", paths);
        Assert.DoesNotContain("data/index.html", paths);
        Assert.DoesNotContain("Open data", System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "index.html").Bytes), StringComparison.Ordinal);
    }
}
