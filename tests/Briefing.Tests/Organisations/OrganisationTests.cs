using System.Text.Json;
using Briefing.Building;
using Briefing.Tests.Support;

namespace Briefing.Tests.Organisations;

/// <summary>
/// <c>organisations/&lt;id&gt;.md</c>, <c>organisations:</c> on briefings, events and quotes, quotes by an organisation,
/// organisation pages and their index, sources that are organisations, and the errors between people and organisations.
/// </summary>
public sealed class OrganisationTests
{
    private const string Site = """
        -- site.yml --
        title: Test Briefings
        base_url: https://example.org/desk/
        -- organisations/iaea.md --
        ---
        name: International Atomic Energy Agency
        short_name: IAEA
        aliases: [the Agency]
        kind: intergovernmental organisation
        url: https://www.iaea.org/
        wikidata: Q1142
        ---
        The agency that inspects nuclear sites.
        -- organisations/azal.md --
        ---
        name: Azerbaijan Airlines
        short_name: AZAL
        kind: airline
        country: AZ
        ---
        -- organisations/wire.md --
        ---
        name: Caucasus Wire
        kind: news outlet
        ---
        -- people/jeyhun-bayramov.md --
        ---
        name: Jeyhun Bayramov
        country: AZ
        role: Minister of Foreign Affairs
        ---
        -- briefings/a.md --
        ---
        title: Flights cancelled
        date: 2025-06-15
        countries: [AZ, IR]
        organisations: [AZAL]
        sources:
          - name: Caucasus Wire
        events:
          - date: 2025-06-14
            title: Azerbaijan Airlines cancels flights
            organisations: [Azerbaijan Airlines]
        quotes:
          - by: IAEA
            text: Inspectors remain in the country.
            date: 2025-06-13
          - by: Jeyhun Bayramov
            text: We are watching the airspace closely.
            organisations: [AZAL]
        ---
        Body.
        """;

    [Fact]
    public void An_organisation_page_shows_its_file_and_everything_that_names_it()
    {
        var site = TestSite.Build(Site).Clean();
        var azal = site.Page("organisations/azal/index.html");
        Assert.Contains("<h1 dir=\"auto\">Azerbaijan Airlines <span class=\"short-name\">(<bdi>AZAL</bdi>)</span></h1>", azal);
        Assert.Contains("<bdi>airline</bdi>", azal);
        Assert.Contains("<a href=\"/desk/countries/azerbaijan/\">Azerbaijan</a>", azal);
        Assert.Contains("id=\"organisation-events\"", azal);
        Assert.Contains("Azerbaijan Airlines cancels flights", azal);
        Assert.Contains("<h2 id=\"organisation-quotes-about\">Quotes about it</h2>", azal);
        Assert.Contains("We are watching the airspace closely.", azal);
        Assert.Contains("<a href=\"/desk/briefings/a/\">Flights cancelled</a>", azal);
        var iaea = site.Page("organisations/iaea/index.html");
        Assert.Contains("<a href=\"https://www.iaea.org/\">Website</a>", iaea);
        Assert.Contains("<a href=\"https://www.wikidata.org/wiki/Q1142\">Wikidata</a>", iaea);
        Assert.Contains("The agency that inspects nuclear sites.", iaea);
        Assert.Contains("<h2 id=\"organisation-quotes\">Statements</h2>", iaea);
        Assert.Contains("Inspectors remain in the country.", iaea);
    }

    [Fact]
    public void A_quote_by_an_organisation_is_credited_to_its_page_never_to_a_person_page()
    {
        var site = TestSite.Build(Site).Clean();
        Assert.DoesNotContain(site.Paths, p => p.StartsWith("people/iaea", StringComparison.Ordinal));
        var briefing = site.Page("briefings/a/index.html");
        Assert.Contains("<cite><a href=\"/desk/organisations/iaea/\"><bdi>International Atomic Energy Agency</bdi></a></cite>", briefing);
        Assert.Contains("id=\"q-org-iaea-2025-06-13-", briefing);
        var quotes = site.Page("quotes/index.html");
        Assert.Contains("<li><a href=\"/desk/organisations/iaea/#organisation-quotes\"><bdi>International Atomic Energy Agency</bdi></a> <span class=\"count\">1 quote</span></li>", quotes);
        Assert.Contains("<a href=\"/desk/people/jeyhun-bayramov/#person-quotes\">", quotes);
        Assert.True(quotes.IndexOf("organisations/iaea/#", StringComparison.Ordinal) < quotes.IndexOf("people/jeyhun-bayramov/#", StringComparison.Ordinal),
            "people and organisations in one list of speakers, by name on equal counts: International … before Jeyhun …");
    }

    [Fact]
    public void A_quote_names_its_organisations_and_an_event_its_participants()
    {
        var briefing = TestSite.Build(Site).Clean().Page("briefings/a/index.html");
        Assert.Contains("<span class=\"quote-organisations\">On <a href=\"/desk/organisations/azal/\"><bdi>Azerbaijan Airlines</bdi></a>.</span>", briefing);
        Assert.Contains(" · <a href=\"/desk/organisations/azal/\"><bdi>Azerbaijan Airlines</bdi></a>", briefing);
        Assert.Contains("<dt>Organisations</dt><dd>", briefing);
    }

    [Fact]
    public void The_organisations_index_lists_every_organisation_and_the_navigation_links_to_it()
    {
        var site = TestSite.Build(Site).Clean();
        var index = site.Page("organisations/index.html");
        Assert.Contains("<caption id=\"organisations-caption\">3 organisations</caption>", index);
        Assert.Contains("<a href=\"/desk/organisations/azal/\"><bdi>Azerbaijan Airlines</bdi></a> (<bdi>AZAL</bdi>)", index);
        Assert.Contains("<a href=\"/desk/organisations/\"", site.Page("index.html"));
        Assert.Contains("https://example.org/desk/organisations/iaea/", site.Page("sitemap.xml"));
        Assert.Contains("organisations/azal/feed.xml", site.Paths);
    }

    [Fact]
    public void A_site_without_organisations_has_no_organisations_page_nor_navigation_item()
    {
        var site = TestSite.Build("-- briefings/a.md --\n---\ntitle: A\ndate: 2025-06-15\ncountries: [AZ]\n---\nBody.\n").Clean();
        Assert.DoesNotContain(site.Paths, p => p.StartsWith("organisations/", StringComparison.Ordinal));
        Assert.DoesNotContain("organisations/", site.Page("index.html"));
    }

    [Fact]
    public void A_source_that_is_an_organisation_lists_the_briefings_citing_it()
    {
        var wire = TestSite.Build(Site).Clean().Page("organisations/wire/index.html");
        Assert.Contains("<h2 id=\"organisation-cited-by\">Cited as a source</h2>", wire);
        Assert.Contains("<a href=\"/desk/briefings/a/\">Flights cancelled</a>", wire);
        Assert.DoesNotContain("id=\"organisation-briefings\"", wire);
    }

    [Fact]
    public void The_structured_data_says_organization_for_the_page_the_speaker_and_the_briefings_subjects()
    {
        var site = TestSite.Build(Site).Clean();
        using var page = JsonDocument.Parse(JsonLdBlocks.Of(site.Page("organisations/iaea/index.html")).Single());
        var o = page.RootElement;
        Assert.Equal("Organization", o.GetProperty("@type").GetString());
        Assert.Equal(["IAEA", "the Agency"], o.GetProperty("alternateName").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["https://www.iaea.org/", "https://www.wikidata.org/wiki/Q1142"], o.GetProperty("sameAs").EnumerateArray().Select(e => e.GetString()));
        var json = JsonLdBlocks.Of(site.Page("briefings/a/index.html")).Single();
        Assert.Contains("\"spokenByCharacter\":{\"@type\":\"Organization\",\"name\":\"International Atomic Energy Agency\",\"url\":\"https://example.org/desk/organisations/iaea/\"}", json);
        Assert.Contains("{\"@type\":\"Organization\",\"name\":\"Azerbaijan Airlines\",\"url\":\"https://example.org/desk/organisations/azal/\"}", json);
    }

    [Fact]
    public void An_unknown_organisation_is_a_warning_and_gets_an_organisation_page_never_a_person_page()
    {
        var result = TestSite.Build(Site.Replace("organisations: [AZAL]\nsources", "organisations: [AZAL, Ministry of Emergency Situations]\nsources", StringComparison.Ordinal));
        Assert.True(result.Result.Succeeded);
        Assert.Equal(["briefings/a.md(5,23): warning BRF051: no organisation file matches 'Ministry of Emergency Situations', so a page is made from the name alone; " +
            "add organisations/ministry-of-emergency-situations.md to give its full name and what it is"], result.Diagnostics);
        Assert.Contains("organisations/ministry-of-emergency-situations/index.html", result.Paths);
        Assert.DoesNotContain(result.Paths, p => p.StartsWith("people/ministry", StringComparison.Ordinal));
        Assert.Contains("no organisation file describes <bdi>Ministry of Emergency Situations</bdi> yet", result.Page("organisations/ministry-of-emergency-situations/index.html"));
    }

    [Fact]
    public void An_organisation_listed_as_a_person_and_a_person_as_an_organisation_are_errors_naming_the_list()
    {
        TestSite.Build(Site.Replace("organisations: [AZAL]\nsources", "people: [AZAL]\norganisations: [Jeyhun Bayramov]\nsources", StringComparison.Ordinal)).FailsWith(
            "briefings/a.md(5,10): error BRF052: 'AZAL' is an organisation (organisations/azal.md); list it under 'organisations:' instead",
            "briefings/a.md(6,17): error BRF052: 'Jeyhun Bayramov' is a person (people/jeyhun-bayramov.md); list it under 'people:' instead");
    }

    [Fact]
    public void A_speaker_name_that_both_a_person_and_an_organisation_answer_to_is_an_error()
    {
        TestSite.Build(Site.Replace("aliases: [the Agency]", "aliases: [the Agency, Jeyhun Bayramov]", StringComparison.Ordinal)).FailsWith(
            "briefings/a.md(16,9): error BRF024: 'Jeyhun Bayramov' could mean the person people/jeyhun-bayramov.md or the organisation organisations/iaea.md; refer to one by an id or alias only it has");
    }

    [Fact]
    public void A_person_file_and_an_organisation_file_with_one_id_are_an_error()
    {
        TestSite.Build(Site + "\n-- people/azal.md --\n---\nname: Azal Mammadov\n---\n").FailsWith(
            "organisations/azal.md(1,1): error BRF052: this organisation and the person 'Azal Mammadov' (people/azal.md) have one id, 'azal', so a quote's 'by: azal' could mean either; rename one of the files");
    }

    [Fact]
    public void Two_organisation_files_with_one_url_are_an_error_naming_both()
    {
        TestSite.Build(Site + "\n-- organisations/AZAL.md --\n---\nname: Another airline\n---\n").FailsWith(
            "organisations/azal.md(1,1): error BRF018: 'Azerbaijan Airlines' (this file) and 'Another airline' (organisations/AZAL.md) would both be published at /organisations/azal/, " +
            "as a file name becomes its URL in lower-case Latin letters; rename one of the files (organisations/azal-2.md, say): the file name is the organisation's id");
    }

    [Theory]
    [InlineData("url: https://www.iaea.org/", "url: javascript:alert(1)", "organisations/iaea.md(6,6): error BRF050: url 'javascript:alert(1)' must be an absolute http or https URL, e.g. https://www.example.org/")]
    [InlineData("wikidata: Q1142", "wikidata: https://www.wikidata.org/wiki/Q1142", "organisations/iaea.md(7,11): error BRF050: wikidata 'https://www.wikidata.org/wiki/Q1142' must be a Wikidata item id: 'Q' and its number, e.g. Q7817 (the part after /wiki/ in its address)")]
    public void A_bad_url_or_wikidata_id_is_an_error_at_its_key(string from, string to, string error)
    {
        TestSite.Build(Site.Replace(from, to, StringComparison.Ordinal)).FailsWith(error);
    }

    [Fact]
    public void An_organisation_page_can_move_and_leaves_a_redirect()
    {
        var site = TestSite.Build(Site.Replace("kind: airline", "kind: airline\nmoved_from: [/organisations/azerbaijan-airlines/]", StringComparison.Ordinal)).Clean();
        Assert.Contains("/desk/organisations/azal/", site.Page("organisations/azerbaijan-airlines/index.html"));
    }

    [Fact]
    public void A_theme_without_organisation_pages_builds_sites_without_organisations_and_says_what_to_copy_for_one_with()
    {
        var (input, theme) = TestSite.Files(Site);
        var older = theme.Where(f => f.Path is not ("pages/organisation.html" or "pages/organisations.html")).ToList();
        var result = SiteBuilder.Build(input, older, new BuildOptions(false));
        Assert.Equal(["organisations/azal.md(1,1): error BRF053: the site names organisations, and the theme has no pages/organisation.html and pages/organisations.html for them; " +
            "copy both from `briefing theme export DIR`"], result.Diagnostics.Select(d => d.ToString()));
        var plain = TestSite.Files("-- briefings/a.md --\n---\ntitle: A\ndate: 2025-06-15\ncountries: [AZ]\n---\nBody.\n");
        Assert.True(SiteBuilder.Build(plain.Input, plain.Theme.Where(f => f.Path is not ("pages/organisation.html" or "pages/organisations.html")).ToList(),
            new BuildOptions(false)).Succeeded);
    }

    [Fact]
    public void Organisations_are_found_by_id_name_short_name_and_alias_with_latin_folding_only()
    {
        var site = TestSite.Build(Site.Replace("organisations: [Azerbaijan Airlines]", "organisations: [azal, AZERBAIJAN AIRLINES, the agency]", StringComparison.Ordinal)).Clean();
        var briefing = site.Page("briefings/a/index.html");
        Assert.Contains("<a href=\"/desk/organisations/azal/\"><bdi>Azerbaijan Airlines</bdi></a>, <a href=\"/desk/organisations/iaea/\"><bdi>International Atomic Energy Agency</bdi></a>", briefing);
    }
}
