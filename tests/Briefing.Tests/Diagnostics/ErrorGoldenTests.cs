using Briefing.Tests.Support;

namespace Briefing.Tests.Diagnostics;

/// <summary>The exact text of every diagnostic the spec lists, as a new author would meet it.</summary>
public sealed class ErrorGoldenTests
{
    private static SiteResult Briefing(string frontMatter, string body = "Body.") =>
        TestSite.Build($"-- briefings/a.md --\n---\n{frontMatter}\n---\n{body}\n");

    [Fact]
    public void Unknown_key_suggests_the_closest_known_key()
    {
        Briefing("title: A\ndate: 2025-06-15\ncountries: [AZ]\nsumary: oops").FailsWith(
            "briefings/a.md(5,1): error BRF006: unknown key 'sumary' in briefing; did you mean 'summary'?");
    }

    [Fact]
    public void Duplicate_key_is_an_error_at_the_second_key()
    {
        Briefing("title: A\ndate: 2025-06-15\ntitle: B\ncountries: [AZ]").FailsWith(
            "briefings/a.md(4,1): error BRF005: duplicate key 'title'; each key may appear once in a mapping");
    }

    [Fact]
    public void Yaml_anchor_is_an_error()
    {
        Briefing("title: &t A\ndate: 2025-06-15\ncountries: [AZ]").FailsWith(
            "briefings/a.md(2,8): error BRF007: YAML anchor '&t' is not accepted; write each value out in full");
    }

    [Fact]
    public void Yaml_alias_is_an_error()
    {
        Briefing("title: A\ndate: 2025-06-15\ncountries: [AZ]\nsummary: *x").FailsWith(
            "briefings/a.md(5,10): error BRF007: YAML alias '*x' is not accepted; write the value out in full");
    }

    [Fact]
    public void Malformed_date_names_the_expected_form()
    {
        Briefing("title: A\ndate: 01/02/2024\ncountries: [AZ]").FailsWith(
            "briefings/a.md(3,7): error BRF010: 'date' must be a date written YYYY-MM-DD, not '01/02/2024'");
    }

    [Fact]
    public void Impossible_date_is_an_error()
    {
        Briefing("title: A\ndate: 2024-02-30\ncountries: [AZ]").FailsWith(
            "briefings/a.md(3,7): error BRF011: 'date' is not a real date: '2024-02-30' does not exist on the calendar");
    }

    [Fact]
    public void Impossible_month_in_an_event_is_an_error()
    {
        Briefing("title: A\ndate: 2024-02-01\ncountries: [AZ]\nevents:\n  - date: 2024-13\n    title: T").FailsWith(
            "briefings/a.md(6,11): error BRF011: 'date' is not a real date: '2024-13' does not exist on the calendar");
    }

    [Fact]
    public void Event_ending_before_it_starts_is_an_error()
    {
        Briefing("title: A\ndate: 2024-02-01\ncountries: [AZ]\nevents:\n  - date: 2024-02-10\n    end: 2024-02-09\n    title: T").FailsWith(
            "briefings/a.md(7,10): error BRF011: event ends (2024-02-09) before it starts (2024-02-10)");
    }

    [Fact]
    public void Bad_slug_suggests_a_usable_one()
    {
        Briefing("title: A\ndate: 2025-06-15\ncountries: [AZ]\nslug: ../x").FailsWith(
            "briefings/a.md(5,7): error BRF014: slug '../x' must be lower-case letters, digits and single '-' between them (not a reserved name like 'con'); try 'x'");
    }

    [Fact]
    public void Source_that_names_none_of_the_sources_is_an_error()
    {
        Briefing("title: A\ndate: 2025-06-15\ncountries: [AZ]\nsources:\n  - name: APA News\nquotes:\n  - by: Someone\n    text: hello\n    source: APA").FailsWith(
            "briefings/a.md(8,9): warning BRF013: no person file matches 'Someone', so a page is made from the name alone; add people/someone.md to give a role and biography",
            "briefings/a.md(10,13): error BRF015: source 'APA' is not one of this briefing's sources; the sources are: APA News");
    }

    [Fact]
    public void Javascript_link_is_an_error_at_its_line_and_column()
    {
        Briefing("title: A\ndate: 2025-06-15\ncountries: [AZ]", "Text.\n\nSee [this](javascript:alert(1)) now.").FailsWith(
            "briefings/a.md(8,5): error BRF016: link to 'javascript:alert(1)' is not allowed: use an http, https or mailto URL, or a relative path");
    }

    [Fact]
    public void Source_url_must_be_http_or_https()
    {
        Briefing("title: A\ndate: 2025-06-15\ncountries: [AZ]\nsources:\n  - name: X\n    url: javascript:alert(1)").FailsWith(
            "briefings/a.md(7,10): error BRF017: source url 'javascript:alert(1)' must be an absolute http or https URL");
    }

    [Fact]
    public void Unknown_country_reference_names_the_closest_match()
    {
        Briefing("title: A\ndate: 2025-06-15\ncountries: [Azerbajan]").FailsWith(
            "briefings/a.md(4,13): error BRF012: unknown country 'Azerbajan'; did you mean 'Azerbaijan'?");
    }

    [Fact]
    public void Unknown_person_is_a_warning_and_makes_a_page_from_the_name()
    {
        var site = Briefing("title: A\ndate: 2025-06-15\ncountries: [AZ]\npeople: [Hikmet Hajiyev]");
        Assert.Equal(
            ["briefings/a.md(5,10): warning BRF013: no person file matches 'Hikmet Hajiyev', so a page is made from the name alone; add people/hikmet-hajiyev.md to give a role and biography"],
            site.Diagnostics);
        Assert.Contains("people/hikmet-hajiyev/index.html", site.Paths);
    }

    [Fact]
    public void Strict_turns_warnings_into_errors()
    {
        var site = TestSite.Build("-- briefings/a.md --\n---\ntitle: A\ndate: 2025-06-15\ncountries: [AZ]\npeople: [Nobody Known]\n---\nBody.\n", strict: true);
        Assert.StartsWith("briefings/a.md(5,10): error BRF013:", Assert.Single(site.Diagnostics));
        Assert.Empty(site.Result.Files);
    }

    [Fact]
    public void Missing_required_keys_are_each_reported()
    {
        Briefing("summary: only this").FailsWith(
            "briefings/a.md(2,1): error BRF008: briefing needs 'countries' with at least one entry",
            "briefings/a.md(2,1): error BRF008: briefing needs 'date'",
            "briefings/a.md(2,1): error BRF008: briefing needs 'title'");
    }

    [Fact]
    public void Draft_accepts_only_true_or_false()
    {
        Briefing("title: A\ndate: 2025-06-15\ncountries: [AZ]\ndraft: yes").FailsWith(
            "briefings/a.md(5,8): error BRF019: 'draft' must be true or false, not 'yes'");
    }

    [Fact]
    public void Two_briefings_on_one_url_name_both_files()
    {
        TestSite.Build("""
            -- briefings/2025-06-15-call.md --
            ---
            title: A
            date: 2025-06-15
            countries: [AZ]
            ---
            A.
            -- briefings/old/call.md --
            ---
            title: B
            date: 2025-06-16
            countries: [AZ]
            ---
            B.
            """).FailsWith(
            "briefings/old/call.md(1,1): error BRF018: this briefing and briefings/2025-06-15-call.md would both be published at /briefings/call/; give one of them a different 'slug:'");
    }

    [Fact]
    public void Missing_front_matter_says_what_to_write()
    {
        TestSite.Build("-- briefings/a.md --\n# Just a heading\n").FailsWith(
            "briefings/a.md(1,1): error BRF003: no front matter: the file must start with a line '---', then YAML (title, date, ...), then a line '---'");
    }

    [Fact]
    public void Unclosed_front_matter_says_what_to_add()
    {
        TestSite.Build("-- briefings/a.md --\n---\ntitle: A\n").FailsWith(
            "briefings/a.md(1,1): error BRF003: front matter is not closed: add a line '---' after the last YAML line");
    }

    [Fact]
    public void Tab_indentation_gets_a_plain_language_message()
    {
        var site = Briefing("title: A\ndate: 2025-06-15\ncountries:\n\t- AZ");
        Assert.Equal(["briefings/a.md(5,1): error BRF004: tab characters cannot indent YAML; indent with spaces"], site.Errors);
    }

    [Fact]
    public void All_problems_are_reported_in_one_run()
    {
        var site = TestSite.Build("""
            -- briefings/a.md --
            ---
            title: A
            date: 2025-02-30
            countries: [Azerbajan]
            ---
            Body.
            -- briefings/b.md --
            ---
            title: B
            date: 2025-06-15
            countries: [AZ]
            tgs: [x]
            ---
            Body.
            """);
        Assert.Equal(3, site.Errors.Count);
        Assert.Contains(site.Errors, e => e.StartsWith("briefings/a.md(3,7): error BRF011", StringComparison.Ordinal));
        Assert.Contains(site.Errors, e => e.StartsWith("briefings/a.md(4,13): error BRF012", StringComparison.Ordinal));
        Assert.Contains(site.Errors, e => e.StartsWith("briefings/b.md(5,1): error BRF006: unknown key 'tgs' in briefing; did you mean 'tags'?", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_site_yml_is_an_error()
    {
        var site = new SiteResult(global::Briefing.Building.SiteBuilder.Build(
            TestSite.Parse("-- briefings/a.md --\n---\ntitle: A\ndate: 2025-06-15\ncountries: [AZ]\n---\nBody.\n"),
            global::Briefing.Loading.FolderReader.Read(Repository.Theme), new global::Briefing.Building.BuildOptions()));
        site.FailsWith("site.yml(1,1): error BRF020: site.yml is missing; create it with at least 'title:' and 'base_url:'");
    }

    [Fact]
    public void Positions_count_from_the_original_file_with_a_bom_and_crlf()
    {
        var text = "\uFEFF---\r\ntitle: A\r\ndate: 2025-13-01\r\ncountries: [AZ]\r\n---\r\nBody.\r\n";
        var site = TestSite.Build("-- briefings/a.md --\n" + text);
        Assert.Equal(["briefings/a.md(3,7): error BRF011: 'date' is not a real date: '2025-13-01' does not exist on the calendar"], site.Errors);
    }
}
