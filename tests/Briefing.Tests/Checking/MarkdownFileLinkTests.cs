using Briefing.Tests.Support;

namespace Briefing.Tests.Checking;

/// <summary>Links in Markdown to other input files become links to their pages; broken links are reported where they are written.</summary>
public sealed class MarkdownFileLinkTests
{
    private const string Site = """
        -- site.yml --
        title: Test Briefings
        base_url: https://example.org/news/
        -- briefings/2025/2025-06-15-bayramov-araghchi-call.md --
        ---
        title: The call
        date: 2025-06-15
        countries: [AZ]
        ---
        ## What was said

        Body.
        -- briefings/2024/2024-01-10-old.md --
        ---
        title: Old
        date: 2024-01-10
        slug: an-old-one
        countries: [AZ]
        ---
        ## Old body

        Text.
        -- people/jeyhun-bayramov.md --
        ---
        name: Jeyhun Bayramov
        ---
        He was on [the call](../briefings/2025/2025-06-15-bayramov-araghchi-call.md).
        -- countries/az.md --
        ## History

        See [the old briefing](../briefings/2024/2024-01-10-old.md) and [the minister](../people/jeyhun-bayramov.md).

        """;

    private static SiteResult Build(string body, string extra = "") => TestSite.Build(Site + $"""
        -- briefings/2025/2025-06-16-follow-up.md --
        ---
        title: Follow-up
        date: 2025-06-16
        countries: [AZ]
        ---
        {body}
        {extra}
        """);

    // Compared as one text, so a failure shows the whole of each line.
    private static void Reports(SiteResult site, params string[] expected) =>
        Assert.Equal(string.Join('\n', expected), string.Join('\n', site.Diagnostics));

    [Fact]
    public void A_link_to_a_briefing_file_in_the_same_folder_becomes_its_page_url_with_the_fragment()
    {
        var site = Build("After [the call](2025-06-15-bayramov-araghchi-call.md#what-was-said), more.").Clean();
        Assert.Contains("""<p>After <a href="/news/briefings/bayramov-araghchi-call/#what-was-said">the call</a>, more.</p>""",
            site.Page("briefings/follow-up/index.html"));
    }

    [Fact]
    public void Relative_links_into_other_folders_reach_briefings_people_and_countries()
    {
        var site = Build("[Old](../2024/2024-01-10-old.md), [him](../../people/jeyhun-bayramov.md), [here](./../../countries/az.md#history) and ![map](../../countries/az.md).").Clean();
        Assert.Contains("""<a href="/news/briefings/an-old-one/">Old</a>, <a href="/news/people/jeyhun-bayramov/">him</a>, """
            + """<a href="/news/countries/azerbaijan/#history">here</a> and <img src="/news/countries/azerbaijan/" alt="map" />""",
            site.Page("briefings/follow-up/index.html"));
    }

    [Fact]
    public void Person_and_country_files_link_to_briefings_and_people_the_same_way()
    {
        var site = Build("Body.").Clean();
        Assert.Contains("""He was on <a href="/news/briefings/bayramov-araghchi-call/">the call</a>.""", site.Page("people/jeyhun-bayramov/index.html"));
        Assert.Contains("""See <a href="/news/briefings/an-old-one/">the old briefing</a> and <a href="/news/people/jeyhun-bayramov/">the minister</a>.""",
            site.Page("countries/azerbaijan/index.html"));
    }

    [Fact]
    public void A_link_repeated_and_a_reference_link_are_all_resolved_and_the_rest_of_the_body_is_untouched()
    {
        var site = Build("""
            [a](2025-06-15-bayramov-araghchi-call.md) "x.md" `[b](x.md)` [c][ref] [a again](2025-06-15-bayramov-araghchi-call.md) [out](https://example.com/x.md)

            [ref]: <../2024/2024-01-10-old.md?from=x&to=y#old-body>
            """).Clean();
        Assert.Contains("""<p><a href="/news/briefings/bayramov-araghchi-call/">a</a> &quot;x.md&quot; <code>[b](x.md)</code> """
            + """<a href="/news/briefings/an-old-one/?from=x&amp;to=y#old-body">c</a> <a href="/news/briefings/bayramov-araghchi-call/">a again</a> """
            + """<a href="https://example.com/x.md">out</a></p>""",
            site.Page("briefings/follow-up/index.html"));
    }

    [Fact]
    public void A_link_to_a_file_that_does_not_exist_is_a_warning_at_its_position_with_the_closest_file()
    {
        var site = Build("Intro.\n\nSee [the call](2025-06-15-bayramov-araghci-call.md#what-was-said) and [him](../people/jeyhun-bayramov.md).");
        Reports(site,
            "briefings/2025/2025-06-16-follow-up.md(8,5): warning BRF025: link '2025-06-15-bayramov-araghci-call.md#what-was-said' names "
            + "briefings/2025/2025-06-15-bayramov-araghci-call.md, which is not a briefing, person or country file of the site; "
            + "did you mean '2025-06-15-bayramov-araghchi-call.md#what-was-said'?",
            "briefings/2025/2025-06-16-follow-up.md(8,71): warning BRF025: link '../people/jeyhun-bayramov.md' names "
            + "briefings/people/jeyhun-bayramov.md, which is not a briefing, person or country file of the site; "
            + "did you mean '../../people/jeyhun-bayramov.md'?");
        // The link is left as written: the site is still built.
        Assert.Contains("""<a href="2025-06-15-bayramov-araghci-call.md#what-was-said">the call</a>""", site.Page("briefings/follow-up/index.html"));
    }

    [Fact]
    public void A_link_to_a_draft_says_it_is_not_published()
    {
        var site = Build("See [the plan](2025-07-01-plan.md).", """
            -- briefings/2025/2025-07-01-plan.md --
            ---
            title: Plan
            date: 2025-07-01
            countries: [AZ]
            draft: true
            ---
            Not yet.
            """);
        Reports(site,
            "briefings/2025/2025-06-16-follow-up.md(6,5): warning BRF025: link '2025-07-01-plan.md' names the draft "
            + "briefings/2025/2025-07-01-plan.md, which is not published; link to it once it is, or remove the link");
    }

    [Fact]
    public void A_broken_link_is_reported_at_each_place_it_is_written_with_the_closest_page()
    {
        var site = Build("One [x](/news/briefings/bayramov-araghchi-cal/).\n\n> Two\n> and [x](/news/briefings/bayramov-araghchi-cal/) [y](/news/peple/jeyhun-bayramov/)");
        Reports(site,
            "briefings/2025/2025-06-16-follow-up.md(6,5): warning BRF025: link '/news/briefings/bayramov-araghchi-cal/' on /briefings/follow-up/index.html "
            + "names no page or file; did you mean '/news/briefings/bayramov-araghchi-call/'?",
            "briefings/2025/2025-06-16-follow-up.md(9,7): warning BRF025: link '/news/briefings/bayramov-araghchi-cal/' on /briefings/follow-up/index.html "
            + "names no page or file; did you mean '/news/briefings/bayramov-araghchi-call/'?",
            "briefings/2025/2025-06-16-follow-up.md(9,51): warning BRF025: link '/news/peple/jeyhun-bayramov/' on /briefings/follow-up/index.html "
            + "names no page or file; did you mean '/news/people/jeyhun-bayramov/'?");
    }

    [Fact]
    public void A_missing_anchor_on_a_resolved_file_link_suggests_the_closest_id()
    {
        var site = Build("[the call](2025-06-15-bayramov-araghchi-call.md#what-was-sad)");
        Reports(site,
            "briefings/2025/2025-06-16-follow-up.md(6,1): warning BRF025: link '/news/briefings/bayramov-araghchi-call/#what-was-sad' on /briefings/follow-up/index.html "
            + "has no element with id 'what-was-sad' on /briefings/bayramov-araghchi-call/index.html; did you mean '/news/briefings/bayramov-araghchi-call/#what-was-said'?");
    }

    [Fact]
    public void A_broken_link_in_a_person_file_is_reported_in_that_file_after_its_front_matter()
    {
        var site = TestSite.Build(Site.Replace("He was on [the call]", "He was on [a call](gone.md) and [the call]", StringComparison.Ordinal));
        Reports(site,
            "people/jeyhun-bayramov.md(4,11): warning BRF025: link 'gone.md' names people/gone.md, which is not a briefing, person or country file of the site");
    }

    [Fact]
    public void A_broken_link_from_the_theme_is_reported_at_the_top_of_the_pages_file()
    {
        var site = Build("Body.", """
            -- theme/pages/briefing.html --
            <a href="{{ site.base_path }}briefngs/">all</a>{{ briefing.body }}
            """);
        Assert.Contains(
            "briefings/2025/2025-06-16-follow-up.md(1,1): warning BRF025: link '/news/briefngs/' on /briefings/follow-up/index.html names no page or file; did you mean '/news/briefings/'?",
            site.Diagnostics);
    }

    [Fact]
    public void Strict_makes_a_broken_link_an_error()
    {
        var site = TestSite.Build(Site + "-- briefings/b.md --\n---\ntitle: B\ndate: 2025-01-01\ncountries: [AZ]\n---\n[x](nope.md)\n", strict: true);
        site.FailsWith("briefings/b.md(6,1): error BRF025: link 'nope.md' names briefings/nope.md, which is not a briefing, person or country file of the site");
    }
}
