using Briefing.Tests.Support;

namespace Briefing.Tests.Diagnostics;

/// <summary>Goldens for the diagnostics about files, shapes, settings, themes and names.</summary>
public sealed class MoreErrorGoldenTests
{
    [Fact]
    public void A_file_that_is_not_utf8_names_the_first_bad_byte()
    {
        var files = TestSite.Parse(TestSite.SiteYml).ToList();
        files.Add(new("briefings/a.md", [.. "---\ntitle: Caf"u8, 0xE9, .. "\n---\n"u8]));
        var site = new SiteResult(global::Briefing.Building.SiteBuilder.Build(files,
            global::Briefing.Loading.FolderReader.Read(Repository.Theme), new()));
        site.FailsWith("briefings/a.md(2,11): error BRF001: file is not valid UTF-8; save it with UTF-8 encoding");
    }

    [Fact]
    public void An_empty_file_is_an_error()
    {
        TestSite.Build("-- briefings/a.md --\n\n").FailsWith("briefings/a.md(1,1): error BRF001: file is empty");
    }

    [Fact]
    public void A_file_over_the_size_limit_is_an_error()
    {
        var files = TestSite.Parse(TestSite.SiteYml).ToList();
        files.Add(new("briefings/big.md", new byte[5 * 1024 * 1024]));
        var site = new SiteResult(global::Briefing.Building.SiteBuilder.Build(files,
            global::Briefing.Loading.FolderReader.Read(Repository.Theme), new()));
        site.FailsWith("briefings/big.md(1,1): error BRF002: file is 5 MiB; the limit is 4 MiB per file");
    }

    [Fact]
    public void A_value_of_the_wrong_shape_says_what_was_expected()
    {
        TestSite.Build("-- briefings/a.md --\n---\ntitle: [A, B]\ndate: 2025-06-15\ncountries: [AZ]\n---\nBody.\n").FailsWith(
            "briefings/a.md(2,8): error BRF009: 'title' must be text, not a list");
    }

    [Fact]
    public void A_quote_with_an_empty_speaker_and_an_event_without_title_are_errors()
    {
        TestSite.Build("-- briefings/a.md --\n---\ntitle: A\ndate: 2025-06-15\ncountries: [AZ]\nquotes:\n  - by: ''\n    text: hi\nevents:\n  - date: 2025\n---\nBody.\n").FailsWith(
            "briefings/a.md(6,9): error BRF008: quote needs 'by': who said it",
            "briefings/a.md(9,5): error BRF008: event needs 'title'");
    }

    [Fact]
    public void A_person_file_with_an_unknown_country_is_an_error()
    {
        TestSite.Build("-- people/x.md --\n---\nname: X\ncountry: Atlantis\n---\nBio.\n").FailsWith(
            "people/x.md(3,10): error BRF012: unknown country 'Atlantis'; use an ISO 3166-1 code such as AZ or an English name");
    }

    [Fact]
    public void Base_url_must_be_absolute_and_end_with_a_slash()
    {
        TestSite.Build("-- site.yml --\ntitle: T\nbase_url: https://example.org/news\n").FailsWith(
            "site.yml(2,11): error BRF020: base_url 'https://example.org/news' must be an absolute http or https URL ending in '/', e.g. https://example.org/briefings/");
    }

    [Fact]
    public void Deep_yaml_nesting_is_an_error_not_a_crash()
    {
        var deep = new string('[', 10_000) + new string(']', 10_000);
        var site = TestSite.Build($"-- briefings/a.md --\n---\ntitle: A\ndate: 2025-06-15\ncountries: [AZ]\ntags: {deep}\n---\nBody.\n");
        Assert.Equal(["briefings/a.md(5,38): error BRF022: front matter is nested more than 32 levels deep"], site.Errors);
    }

    [Fact]
    public void A_name_two_person_files_share_asks_for_the_id()
    {
        TestSite.Build("""
            -- people/ali-one.md --
            ---
            name: Ali Hassan
            ---
            One.
            -- people/ali-two.md --
            ---
            name: Ali Hassan
            ---
            Two.
            -- briefings/a.md --
            ---
            title: A
            date: 2025-06-15
            countries: [AZ]
            people: [Ali Hassan]
            ---
            Body.
            """).FailsWith(
            "briefings/a.md(5,10): error BRF024: 'Ali Hassan' could mean people/ali-one.md and people/ali-two.md; refer to the person by id (ali-one or ali-two)");
    }

    [Fact]
    public void A_country_file_must_be_named_by_its_alpha2_code()
    {
        TestSite.Build("-- countries/aze.md --\nIntroduction.\n").FailsWith(
            "countries/aze.md(1,1): error BRF012: 'aze' is not a lower-case ISO 3166-1 alpha-2 code; for Azerbaijan name it countries/az.md");
    }

    [Fact]
    public void A_template_typo_names_the_template_file_and_position()
    {
        var site = TestSite.Build("""
            -- theme/pages/tags.html --
            <h1>{{ page.titel }}</h1>
            -- briefings/a.md --
            ---
            title: A
            date: 2025-06-15
            countries: [AZ]
            ---
            Body.
            """);
        var error = Assert.Single(site.Errors);
        Assert.StartsWith("theme/pages/tags.html(1,13): error BRF021:", error);
        Assert.Contains("titel", error);
        Assert.Empty(site.Result.Files);
    }

    [Fact]
    public void A_template_syntax_error_names_the_template_file_and_position()
    {
        var site = TestSite.Build("-- theme/pages/tag.html --\n<p>\n{{ for x in }}\n");
        Assert.NotEmpty(site.Errors);
        Assert.All(site.Errors, e => Assert.StartsWith("theme/pages/tag.html(2,", e));
        Assert.Empty(site.Result.Files);
    }

    [Fact]
    public void A_static_file_on_a_page_url_is_an_error()
    {
        TestSite.Build("-- static/index.html --\n<p>mine</p>\n").FailsWith(
            "static/index.html(1,1): error BRF018: static file would overwrite the generated file /index.html; move or rename it");
    }
}
