using System.Text.Json;
using Briefing.Tests.Support;

namespace Briefing.Tests.Roles;

/// <summary>A person file's <c>roles:</c>: the role held on a quote's or event's date, "then" wording, the history, <c>role:</c> beside it.</summary>
public sealed class RoleTests
{
    // Bayramov-like facts are not used: these are made-up people in a made-up site.
    private static string Site(string roles, string role = "", string quoteDate = "2015-03-10", string eventDate = "2015-03-09") => $$"""
        -- people/jane-roe.md --
        ---
        name: Jane Roe
        country: AZ
        {{role}}
        roles:
        {{roles}}
        ---
        A diplomat.
        -- briefings/a.md --
        ---
        title: Talks in Baku
        date: 2025-06-10
        countries: [AZ]
        events:
          - date: {{eventDate}}
            title: Roe meets her counterpart
            people: [jane-roe]
        quotes:
          - by: jane-roe
            text: We will meet again.
            date: {{quoteDate}}
          - by: jane-roe
            text: Peace is near.
        ---
        Body.
        """;

    private const string Career = """
          - title: Minister of Foreign Affairs
            country: AZ
            from: 2020-07
          - title: Deputy Minister of Foreign Affairs
            country: AZ
            from: 2013
            to: 2020-07-16
        """;

    [Fact]
    public void A_quote_shows_the_role_held_on_its_date_with_then_and_a_current_quote_shows_the_title_alone()
    {
        var page = TestSite.Build(Site(Career)).Clean().Page("briefings/a/index.html");
        Assert.Contains("<bdi>Jane Roe</bdi></a></cite>, then <bdi>Deputy Minister of Foreign Affairs</bdi>,\n<time datetime=\"2015-03-10\">", page);
        Assert.Contains("<bdi>Jane Roe</bdi></a></cite>, <bdi>Minister of Foreign Affairs</bdi>,\n<time datetime=\"2025-06-10\">", page);
    }

    [Fact]
    public void An_event_shows_each_persons_role_on_its_date()
    {
        var site = TestSite.Build(Site(Career)).Clean();
        foreach (var page in new[] { "briefings/a/index.html", "timeline/index.html", "people/jane-roe/index.html" })
            Assert.Contains("<bdi>Jane Roe</bdi></a> (then <bdi>Deputy Minister of Foreign Affairs</bdi>)", site.Page(page));
        var current = TestSite.Build(Site(Career, eventDate: "2021")).Clean().Page("timeline/index.html");
        Assert.Contains("<bdi>Jane Roe</bdi></a> (<bdi>Minister of Foreign Affairs</bdi>)", current);
    }

    [Fact]
    public void The_person_page_lists_the_roles_newest_first_with_dates_at_their_precision_and_the_country_linked()
    {
        var page = TestSite.Build(Site(Career)).Clean().Page("people/jane-roe/index.html");
        Assert.Contains("""
            <h2 id="person-roles">Roles</h2>
            <ul class="roles">
            <li><bdi>Minister of Foreign Affairs</bdi>, <a href="/countries/azerbaijan/">Azerbaijan</a> · since <time datetime="2020-07">July 2020</time></li>
            <li><bdi>Deputy Minister of Foreign Affairs</bdi>, <a href="/countries/azerbaijan/">Azerbaijan</a> · <time datetime="2013">2013</time> – <time datetime="2020-07-16">16 July 2020</time></li>
            </ul>
            """, page);
        Assert.Contains("<p class=\"meta\"><bdi>Minister of Foreign Affairs</bdi> · <a href=\"/countries/azerbaijan/\">Azerbaijan</a></p>", page);
    }

    [Fact]
    public void A_roles_organisation_links_to_its_page_which_lists_the_person_and_a_role_without_a_start_reads_until()
    {
        var site = TestSite.Build(Site("""
              - title: Minister of Foreign Affairs
                from: 2016
              - title: Ambassador
                organisation: UN
                to: 2015-12
            """) + "\n-- organisations/un.md --\n---\nname: United Nations\nshort_name: UN\n---\n").Clean();
        var page = site.Page("people/jane-roe/index.html");
        Assert.Contains("<li><bdi>Ambassador</bdi>, <a href=\"/organisations/un/\"><bdi>United Nations</bdi></a> · until <time datetime=\"2015-12\">December 2015</time></li>", page);
        Assert.Contains("<h2 id=\"organisation-people\">People</h2>", site.Page("organisations/un/index.html"));
        Assert.Contains("<a href=\"/people/jane-roe/\"><bdi>Jane Roe</bdi></a>", site.Page("organisations/un/index.html"));
        Assert.Contains("<li><bdi>Minister of Foreign Affairs</bdi> · since <time datetime=\"2016\">2016</time></li>", page);
    }

    [Fact]
    public void A_title_and_an_organisation_are_text_wherever_they_are_shown()
    {
        var site = TestSite.Build(Site("""
              - title: "<script>alert(1)</script> & Minister"
                organisation: "<b>Union</b>"
            """));
        Assert.True(site.Result.Succeeded);
        foreach (var page in new[] { "briefings/a/index.html", "people/jane-roe/index.html", "timeline/index.html" })
        {
            Assert.DoesNotContain("<script>alert", site.Page(page));
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Minister", site.Page(page));
        }

        Assert.Contains("<bdi>&lt;b&gt;Union&lt;/b&gt;</bdi>", site.Page("people/jane-roe/index.html"));
    }

    [Fact]
    public void A_second_term_of_an_office_held_now_is_not_then()
    {
        var page = TestSite.Build(Site("""
              - title: Minister of Foreign Affairs
                from: 2020
              - title: Minister of Foreign Affairs
                from: 2012
                to: 2016
            """)).Clean().Page("briefings/a/index.html");
        Assert.Contains("</cite>, <bdi>Minister of Foreign Affairs</bdi>,\n<time datetime=\"2015-03-10\">", page);
        Assert.DoesNotContain("then ", page);
    }

    [Fact]
    public void An_ended_role_is_not_then_when_role_says_it_is_held_again()
    {
        var site = TestSite.Build(Site("""
              - title: President
                from: 2008
                to: 2016-05
            """, role: "role: president", quoteDate: "2012"));
        Assert.Single(site.Diagnostics); // the undated quote, on the briefing's day, is after the listed role
        Assert.Contains("</cite>, <bdi>President</bdi>,\n<time datetime=\"2012\">", site.Page("briefings/a/index.html"));
        Assert.Contains("<p class=\"meta\"><bdi>president</bdi> · ", site.Page("people/jane-roe/index.html"));
    }

    [Fact]
    public void A_partial_quote_date_takes_a_role_only_when_the_role_covers_all_of_it()
    {
        // The quote is dated only to 2013; the role began sometime in 2013, so the whole year is covered.
        var covered = TestSite.Build(Site(Career, quoteDate: "2013")).Clean().Page("briefings/a/index.html");
        Assert.Contains("then <bdi>Deputy Minister of Foreign Affairs</bdi>,\n<time datetime=\"2013\">2013</time>", covered);
        // 2020 is the year one role ended and the other began: each covers only part of it, so neither is shown.
        var site = TestSite.Build(Site(Career, quoteDate: "2020"));
        Assert.Equal(["briefings/a.md(10,5): warning BRF057: Jane Roe held none of the roles in people/jane-roe.md throughout 2020, " +
            "this quote's date, so it is shown without a role; add the role held then to 'roles:', or check the quote's 'date'"], site.Diagnostics);
        Assert.Contains("<bdi>Jane Roe</bdi></a></cite>,\n<time datetime=\"2020\">2020</time>", site.Page("briefings/a/index.html"));
    }

    [Fact]
    public void A_quote_dated_outside_every_role_is_a_warning_and_shows_no_role()
    {
        var site = TestSite.Build(Site(Career, quoteDate: "2010-05-01"));
        Assert.Equal(["briefings/a.md(10,5): warning BRF057: Jane Roe held none of the roles in people/jane-roe.md on 1 May 2010, " +
            "this quote's date, so it is shown without a role; add the role held then to 'roles:', or check the quote's 'date'"], site.Diagnostics);
        Assert.True(site.Result.Succeeded);
        Assert.Contains("<bdi>Jane Roe</bdi></a></cite>,\n<time datetime=\"2010-05-01\">", site.Page("briefings/a/index.html"));
        // An event outside every role shows the person without one, and is not warned about.
        Assert.Contains("<bdi>Jane Roe</bdi></a></p>", TestSite.Build(Site(Career, quoteDate: "2016", eventDate: "2010")).Clean().Page("timeline/index.html"));
    }

    [Fact]
    public void Role_is_the_current_role_beside_roles_that_have_all_ended()
    {
        var site = TestSite.Build(Site("""
              - title: President
                from: 2008
                to: 2016-05
            """, role: "role: Former President", quoteDate: "2012"));
        // role: is no role held on a date: the undated quote, said on the briefing's day, gets none.
        Assert.Equal(["briefings/a.md(13,5): warning BRF057: Jane Roe held none of the roles in people/jane-roe.md on 10 June 2025, " +
            "this quote's date, so it is shown without a role; add the role held then to 'roles:', or check the quote's 'date'"], site.Diagnostics);
        var briefing = site.Page("briefings/a/index.html");
        Assert.Contains("</cite>, then <bdi>President</bdi>,\n<time datetime=\"2012\">", briefing);
        Assert.Contains("</cite>,\n<time datetime=\"2025-06-10\">", briefing);
        var person = site.Page("people/jane-roe/index.html");
        Assert.Contains("<p class=\"meta\"><bdi>Former President</bdi> · ", person);
        Assert.Contains("\"jobTitle\":\"Former President\"", person);
    }

    [Fact]
    public void An_open_role_in_roles_is_the_current_role_and_the_json_ld_job_title()
    {
        var site = TestSite.Build(Site(Career, role: "role: Foreign Minister")).Clean();
        var person = site.Page("people/jane-roe/index.html");
        Assert.Contains("<p class=\"meta\"><bdi>Minister of Foreign Affairs</bdi> · ", person);
        var ld = JsonLdBlocks.Of(person).Select(b => JsonDocument.Parse(b).RootElement).Single(b => b.GetProperty("@type").GetString() == "Person");
        Assert.Equal("Minister of Foreign Affairs", ld.GetProperty("jobTitle").GetString());
        Assert.Contains("<td><bdi>Minister of Foreign Affairs</bdi></td>", site.Page("people/index.html"));
        Assert.DoesNotContain("Foreign Minister", site.Page("briefings/a/index.html"));
    }

    [Fact]
    public void Role_alone_is_shown_with_every_quote_and_event_whatever_their_date_and_makes_no_history()
    {
        const string site = """
            -- people/jane-roe.md --
            ---
            name: Jane Roe
            role: Mayor of Baku
            ---
            -- briefings/a.md --
            ---
            title: Talks in Baku
            date: 2025-06-10
            countries: [AZ]
            events:
              - date: 1990
                title: Roe meets her counterpart
                people: [jane-roe]
            quotes:
              - by: jane-roe
                text: We will meet again.
                date: 1990
            ---
            Body.
            """;
        var built = TestSite.Build(site).Clean();
        var page = built.Page("briefings/a/index.html");
        Assert.Contains("</cite>, <bdi>Mayor of Baku</bdi>,\n<time datetime=\"1990\">", page);
        Assert.Contains("<bdi>Jane Roe</bdi></a> (<bdi>Mayor of Baku</bdi>)", page);
        Assert.DoesNotContain("person-roles", built.Page("people/jane-roe/index.html"));
    }
}
