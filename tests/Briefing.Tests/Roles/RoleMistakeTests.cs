using Briefing.Tests.Support;

namespace Briefing.Tests.Roles;

/// <summary>Mistakes in a person's <c>roles:</c>: each a positioned error with a hint, and nothing published.</summary>
public sealed class RoleMistakeTests
{
    private static string Site(string roles) => $$"""
        -- people/jane-roe.md --
        ---
        name: Jane Roe
        roles:
        {{roles}}
        ---
        -- briefings/a.md --
        ---
        title: Talks in Baku
        date: 2025-06-10
        countries: [AZ]
        people: [jane-roe]
        ---
        Body.
        """;

    [Fact]
    public void Two_tenures_of_one_office_that_overlap_are_an_error_naming_the_first()
    {
        // AZ and Azerbaijan are one country: the overlap is found after references are resolved.
        TestSite.Build(Site("""
              - title: Minister of Foreign Affairs
                country: AZ
                from: 2012
                to: 2018-05
              - title: minister of foreign affairs
                country: Azerbaijan
                from: 2018-04-21
            """)).FailsWith(
            "people/jane-roe.md(8,5): error BRF056: this role (from 2018-04-21) overlaps 'Minister of Foreign Affairs' on line 4 (2012 to 2018-05), " +
            "the same office held at the same time; merge them into one entry, or correct their 'from' and 'to'");
    }

    [Fact]
    public void Tenures_that_meet_on_a_handover_day_or_hold_different_offices_do_not_overlap()
    {
        TestSite.Build(Site("""
              - title: President
                from: 2018-04-11
              - title: President
                from: 2013-04-11
                to: 2018-04-11
              - title: Party Chair
                from: 2013
            """)).Clean();
    }

    [Fact]
    public void Two_undated_entries_of_one_office_overlap()
    {
        TestSite.Build(Site("""
              - title: Mayor
              - title: Mayor
            """)).FailsWith(
            "people/jane-roe.md(5,5): error BRF056: this role (no dates) overlaps 'Mayor' on line 4 (no dates), " +
            "the same office held at the same time; merge them into one entry, or correct their 'from' and 'to'");
    }

    [Fact]
    public void A_role_that_ends_before_it_starts_is_an_error()
    {
        TestSite.Build(Site("""
              - title: Mayor
                from: 2019-03
                to: 2018
            """)).FailsWith(
            "people/jane-roe.md(6,9): error BRF011: role ends (2018) before it starts (2019-03); check 'from' and 'to' (leave 'to' out while the role is held)");
    }

    [Fact]
    public void A_role_without_a_title_is_an_error()
    {
        TestSite.Build(Site("""
              - country: AZ
                from: 2019
            """)).FailsWith(
            "people/jane-roe.md(4,5): error BRF008: role needs 'title': the office held, as captions should show it, e.g. 'title: Minister of Foreign Affairs'");
    }

    [Fact]
    public void An_unknown_key_in_a_role_is_an_error_with_the_nearest_key()
    {
        TestSite.Build(Site("""
              - title: Mayor
                organization: City of Baku
                until: 2019
            """)).FailsWith(
            "people/jane-roe.md(5,5): error BRF006: unknown key 'organization' in role; did you mean 'organisation'?",
            "people/jane-roe.md(6,5): error BRF006: unknown key 'until' in role; a role takes title, organisation, country, from, to");
    }

    [Fact]
    public void A_role_with_both_an_organisation_and_a_country_is_an_error()
    {
        TestSite.Build(Site("""
              - title: Ambassador
                organisation: United Nations
                country: AZ
            """)).FailsWith(
            "people/jane-roe.md(5,19): warning BRF051: no organisation file matches 'United Nations', so a page is made from the name alone; add organisations/united-nations.md to give its full name and what it is",
            "people/jane-roe.md(6,14): error BRF055: a role names an 'organisation' or a 'country', not both; keep the one the office belongs to and name the other in the 'title'");
    }

    [Fact]
    public void An_unknown_country_in_a_role_is_an_error_with_the_closest_match()
    {
        var site = TestSite.Build(Site("""
              - title: Ambassador
                country: Azerbajan
            """));
        Assert.False(site.Result.Succeeded);
        Assert.Empty(site.Result.Files);
        Assert.StartsWith("people/jane-roe.md(5,14): error BRF012: unknown country 'Azerbajan'", Assert.Single(site.Diagnostics));
    }
}
