using Briefing.Tests.Support;

namespace Briefing.Tests.Building;

public sealed class SitePagesTests
{
    private const string Site = """
        -- briefings/2025/2025-06-15-call.md --
        ---
        title: Ministers hold a call
        date: 2025-06-15
        countries: [AZ, Iran]
        people: [jeyhun-bayramov, Araghchi]
        tags: [Diplomacy, airspace]
        sources:
          - name: APA News
            url: https://apa.az/
        events:
          - date: 2025-06-14
            title: Emergency phone call
            people: [jeyhun-bayramov]
            source: APA News
          - date: 2025-06-14
            end: 2025-06-16
            title: Flights cancelled
        quotes:
          - by: Bayramov
            text: will under no circumstances allow its airspace to be used
            date: 2025-06-14
            context: phone call with Abbas Araghchi
            source: APA News
        updates:
          - date: 2025-06-16
            note: Added the flight cancellations.
        ---
        The ministers spoke by phone.

        ## Details

        More text.
        -- briefings/flights.md --
        ---
        title: Flights suspended
        date: 2025-06-16
        countries: [Azerbaijan]
        tags: [diplomacy]
        events:
          - date: 2025
            title: A year-only event
          - date: 2025-06
            title: A month-only event
            countries: [Türkiye]
        ---
        Azerbaijan Airlines cancelled flights.
        -- people/jeyhun-bayramov.md --
        ---
        name: Jeyhun Bayramov
        country: AZ
        role: Minister of Foreign Affairs
        aliases: [Bayramov]
        ---
        Azerbaijan's foreign minister.
        -- people/abbas-araghchi.md --
        ---
        name: Abbas Araghchi
        country: Iran
        aliases: [Araghchi]
        ---
        Iran's foreign minister.
        -- countries/az.md --
        ---
        aliases: [Land of Fire]
        ---
        An authored introduction.
        """;

    [Fact]
    public void Every_page_type_is_built()
    {
        var site = TestSite.Build(Site).Clean();
        string[] expected =
        [
            "index.html", "404.html", "briefings/index.html", "briefings/call/index.html", "briefings/flights/index.html",
            "countries/index.html", "countries/azerbaijan/index.html", "countries/iran/index.html", "countries/turkiye/index.html",
            "people/index.html", "people/jeyhun-bayramov/index.html", "people/abbas-araghchi/index.html",
            "timeline/index.html", "quotes/index.html", "tags/index.html", "tags/diplomacy/index.html", "tags/airspace/index.html",
        ];
        foreach (var path in expected) Assert.Contains(path, site.Paths);
    }

    [Fact]
    public void Slug_drops_the_date_prefix_and_folders()
    {
        var site = TestSite.Build(Site).Clean();
        Assert.Contains("briefings/call/index.html", site.Paths);
    }

    [Fact]
    public void A_briefing_links_to_its_countries_people_tags_timeline_and_quote_index()
    {
        var page = TestSite.Build(Site).Clean().Page("briefings/call/index.html");
        Assert.Contains("""<a href="/countries/azerbaijan/"><bdi>Azerbaijan</bdi></a>""", page);
        Assert.Contains("""<a href="/people/abbas-araghchi/"><bdi>Abbas Araghchi</bdi></a>""", page);
        Assert.Contains("""<a href="/tags/diplomacy/"><bdi>Diplomacy</bdi></a>""", page);
        Assert.Contains("""href="/timeline/#e-2025-06-14-emergency-phone-call">""", page);
        Assert.Contains("""href="/quotes/#q-jeyhun-bayramov-2025-06-14-""", page);
        Assert.Contains("""<a href="https://apa.az/"><bdi>APA News</bdi></a>""", page);
        Assert.Contains("Added the flight cancellations.", page);
    }

    [Fact]
    public void A_country_page_lists_its_introduction_briefings_timeline_quotes_and_people()
    {
        var page = TestSite.Build(Site).Clean().Page("countries/azerbaijan/index.html");
        Assert.Contains("<p>An authored introduction.</p>", page);
        Assert.Contains("""<a href="/briefings/call/">Ministers hold a call</a>""", page);
        Assert.Contains("""<a href="/briefings/flights/">Flights suspended</a>""", page);
        Assert.Contains("Emergency phone call", page);
        Assert.Contains("What its officials said", page);
        Assert.Contains("will under no circumstances allow its airspace to be used", page);
        Assert.Contains("""<a href="/people/jeyhun-bayramov/"><bdi>Jeyhun Bayramov</bdi></a>""", page);
        Assert.Contains("""<a href="/countries/iran/">Iran</a> <span class="count">1 briefing</span>""", page);
    }

    [Fact]
    public void A_quote_by_one_of_the_countrys_people_is_shown_once_on_its_page()
    {
        var site = TestSite.Build(Site).Clean();
        const string quote = "will under no circumstances allow its airspace to be used";
        // Bayramov is of Azerbaijan: his quote is what its officials said, not also one of the other quotes.
        var azerbaijan = site.Page("countries/azerbaijan/index.html");
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(azerbaijan, quote));
        Assert.DoesNotContain("country-quotes-about", azerbaijan);
        // The briefing is also about Iran, whose page shows it among the other quotes.
        var iran = site.Page("countries/iran/index.html");
        Assert.Contains("""<h2 id="country-quotes-about">Other quotes from briefings about Iran</h2>""", iran);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(iran, quote));
    }

    [Fact]
    public void A_person_page_shows_role_country_biography_quotes_events_and_briefings()
    {
        var page = TestSite.Build(Site).Clean().Page("people/jeyhun-bayramov/index.html");
        Assert.Contains("Minister of Foreign Affairs", page);
        Assert.Contains("""<a href="/countries/azerbaijan/">Azerbaijan</a>""", page);
        Assert.Contains("<p>Azerbaijan's foreign minister.</p>", page);
        Assert.Contains("will under no circumstances", page);
        Assert.Contains("Emergency phone call", page);
        Assert.Contains("""<a href="/briefings/call/">Ministers hold a call</a>""", page);
    }

    [Fact]
    public void The_timeline_shows_each_event_with_the_precision_it_was_given()
    {
        var page = TestSite.Build(Site).Clean().Page("timeline/index.html");
        Assert.Contains("""<time datetime="2025">2025</time>""", page);
        Assert.Contains("""<time datetime="2025-06">June 2025</time>""", page);
        Assert.Contains("""<time datetime="2025-06-14">14 June 2025</time>""", page);
        Assert.Contains("""<time datetime="2025-06-14">14–16 June 2025</time>""", page);
        Assert.Contains("""<h3 id="y2025-06">June 2025</h3>""", page);
        // Newest first: a less precise date sorts before a precise one of its period, so it comes after it.
        Assert.True(page.IndexOf("A year-only event", StringComparison.Ordinal) > page.IndexOf("A month-only event", StringComparison.Ordinal));
        Assert.True(page.IndexOf("A month-only event", StringComparison.Ordinal) > page.IndexOf("Emergency phone call", StringComparison.Ordinal));
    }

    [Fact]
    public void The_quote_index_groups_by_month_with_a_stable_anchor()
    {
        var page = TestSite.Build(Site).Clean().Page("quotes/index.html");
        Assert.Contains("""<h3 id="y2025-06">June 2025</h3>""", page);
        Assert.Matches("""<div class="quote" id="q-jeyhun-bayramov-2025-06-14-[0-9a-f]{8}">""", page);
        Assert.Contains("<cite>", page);
        Assert.Contains("phone call with Abbas Araghchi", page);
    }

    [Fact]
    public void Tags_differing_only_in_case_are_one_tag()
    {
        var page = TestSite.Build(Site).Clean().Page("tags/diplomacy/index.html");
        Assert.Contains("Ministers hold a call", page);
        Assert.Contains("Flights suspended", page);
    }

    [Fact]
    public void Country_aliases_from_country_files_resolve()
    {
        var site = TestSite.Build(Site + """

            -- briefings/fire.md --
            ---
            title: Fire
            date: 2025-06-17
            countries: [Land of Fire]
            ---
            Body.
            """).Clean();
        Assert.Contains("""<a href="/countries/azerbaijan/"><bdi>Azerbaijan</bdi></a>""", site.Page("briefings/fire/index.html"));
    }

    [Fact]
    public void Norway_code_NO_is_never_read_as_a_boolean()
    {
        var site = TestSite.Build("""
            -- briefings/no.md --
            ---
            title: Oslo
            date: 2025-06-17
            countries: [NO]
            ---
            Body.
            """).Clean();
        Assert.Contains("countries/norway/index.html", site.Paths);
    }

    [Fact]
    public void Drafts_are_left_out_of_every_page()
    {
        var site = TestSite.Build(Site + """

            -- briefings/secret.md --
            ---
            title: Secret draft
            date: 2025-06-18
            countries: [FR]
            draft: true
            ---
            Body.
            """).Clean();
        Assert.DoesNotContain("briefings/secret/index.html", site.Paths);
        Assert.DoesNotContain("countries/france/index.html", site.Paths);
        Assert.All(site.Result.Files, f => Assert.DoesNotContain("Secret draft", System.Text.Encoding.UTF8.GetString(f.Bytes)));
    }

    [Fact]
    public void Summary_defaults_to_the_first_paragraph_as_plain_text()
    {
        var site = TestSite.Build("""
            -- briefings/a.md --
            ---
            title: A
            date: 2025-06-17
            countries: [AZ]
            ---
            First *paragraph* with [a link](https://example.org/).

            Second paragraph.
            """).Clean();
        Assert.Contains("<p>First paragraph with a link.</p>", site.Page("briefings/index.html"));
    }

    [Fact]
    public void Related_briefings_rank_shared_people_above_shared_countries()
    {
        var site = TestSite.Build("""
            -- briefings/a.md --
            ---
            title: A
            date: 2025-06-10
            countries: [AZ]
            people: [Someone]
            ---
            A.
            -- briefings/b.md --
            ---
            title: B
            date: 2025-06-11
            countries: [FR]
            people: [Someone]
            ---
            B.
            -- briefings/c.md --
            ---
            title: C
            date: 2025-06-12
            countries: [AZ]
            ---
            C.
            """);
        var page = site.Page("briefings/a/index.html");
        var related = page[page.IndexOf("Related briefings", StringComparison.Ordinal)..];
        Assert.True(related.IndexOf(">B<", StringComparison.Ordinal) < related.IndexOf(">C<", StringComparison.Ordinal));
    }

    [Fact]
    public void Related_briefings_find_a_shared_person_far_away_in_a_crowded_tag()
    {
        // 100 briefings share one tag; only the oldest also shares a person with the newest. The tag's window of
        // candidates does not reach it, the person's list does, and the person outweighs the tag.
        var sections = new System.Text.StringBuilder();
        for (var i = 0; i < 100; i++)
        {
            var people = i is 0 or 99 ? "\npeople: [Shared Person]" : "";
            sections.Append($"-- briefings/b{i:D3}.md --\n---\ntitle: B{i:D3}\ndate: {new DateOnly(2020, 1, 1).AddDays(i):yyyy-MM-dd}\ncountries: [AZ]\ntags: [crowded]{people}\n---\nText.\n");
        }

        var page = TestSite.Build(sections.ToString()).Page("briefings/b099/index.html");
        var related = page[page.IndexOf("Related briefings", StringComparison.Ordinal)..];
        Assert.Equal(["B000", "B098", "B097", "B096", "B095"], System.Text.RegularExpressions.Regex.Matches(related, ">(B\\d{3})</a>").Select(m => m.Groups[1].Value));
    }

    [Fact]
    public void Static_files_are_copied_as_they_are()
    {
        var site = TestSite.Build(Site + "\n-- static/files/report.txt --\nhello\n").Clean();
        Assert.Equal("hello\n", site.Page("files/report.txt"));
    }

    [Fact]
    public void Links_carry_the_base_url_path()
    {
        var site = TestSite.Build("""
            -- site.yml --
            title: T
            base_url: https://example.org/news/briefings/
            -- briefings/a.md --
            ---
            title: A
            date: 2025-06-17
            countries: [AZ]
            ---
            Body.
            """).Clean();
        var page = site.Page("briefings/a/index.html");
        Assert.Contains("""href="/news/briefings/countries/azerbaijan/">""", page);
        Assert.Contains("""href="/news/briefings/assets/style.css">""", page);
        Assert.Contains("""<link rel="canonical" href="https://example.org/news/briefings/briefings/a/">""", page);
    }

    [Fact]
    public void A_person_without_a_file_referenced_by_an_id_gets_a_readable_name()
    {
        var site = TestSite.Build("-- briefings/a.md --\n---\ntitle: A\ndate: 2025-06-15\ncountries: [AZ]\npeople: [hikmet-hajiyev]\n---\nBody.\n");
        Assert.Contains("<h1 dir=\"auto\">Hikmet Hajiyev</h1>", site.Page("people/hikmet-hajiyev/index.html"));
        Assert.Contains("no person file describes <bdi>Hikmet Hajiyev</bdi> yet", site.Page("people/hikmet-hajiyev/index.html"));
    }
}
