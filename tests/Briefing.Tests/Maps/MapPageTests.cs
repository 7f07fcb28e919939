using System.Text.RegularExpressions;
using Briefing.Tests.Support;

namespace Briefing.Tests.Maps;

/// <summary>Where the maps appear: a locator map on country and briefing pages, a shaded world map on the home and countries pages.</summary>
public sealed class MapPageTests
{
    private const string Site = """
        -- site.yml --
        title: Test Briefings
        base_url: https://example.org/news/
        -- briefings/a.md --
        ---
        title: Talks in Baku
        date: 2025-06-10
        countries: [AZ, IR]
        ---
        Body.
        -- briefings/b.md --
        ---
        title: Talks again
        date: 2025-06-11
        countries: [AZ]
        ---
        Body.
        -- briefings/c.md --
        ---
        title: Island talks
        date: 2025-06-12
        countries: [TV]
        ---
        Body.
        """;

    [Fact]
    public void A_country_page_shows_the_country_highlighted_with_a_text_alternative()
    {
        var page = TestSite.Build(Site).Clean().Page("countries/azerbaijan/index.html");
        var svg = Svg(page);
        Assert.Contains("role=\"img\" aria-label=\"Locator map: Azerbaijan (highlighted) in its region\"><title>Locator map: Azerbaijan (highlighted) in its region</title>", svg);
        Assert.Contains("<path class=\"map-focus c-az\"", svg);
        Assert.Contains("<path class=\"map-land\"", svg);
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(svg) <= 30 * 1024);
    }

    [Fact]
    public void A_briefing_page_shows_its_countries_and_a_country_without_a_boundary_gets_a_marker()
    {
        var site = TestSite.Build(Site).Clean();
        var both = Svg(site.Page("briefings/a/index.html"));
        Assert.Contains("aria-label=\"Locator map: Azerbaijan and Iran (highlighted) in their region\"", both);
        Assert.Contains("map-focus c-az", both);
        Assert.Contains("map-focus c-ir", both);
        var island = Svg(site.Page("briefings/c/index.html"));
        Assert.Contains("Tuvalu is marked with a circle", island);
        Assert.Matches("<circle class=\"map-marker c-tv\" cx=\"-?\\d+\" cy=\"-?\\d+\" r=\"\\d+\"/>", island);
    }

    [Fact]
    public void The_home_and_countries_pages_shade_the_world_by_briefings_with_a_legend()
    {
        var site = TestSite.Build(Site).Clean();
        foreach (var path in new[] { "index.html", "countries/index.html" })
        {
            var page = site.Page(path);
            var svg = Svg(page);
            Assert.Contains("aria-label=\"World map of the countries named in briefings, shaded by how many briefings name each: Azerbaijan (2 briefings); Iran (1 briefing); Tuvalu (1 briefing)\"", svg);
            Assert.Contains("<ul class=\"map-legend\"><li><span class=\"swatch map-c3\" aria-hidden=\"true\"></span>1 briefing</li><li><span class=\"swatch map-c4\" aria-hidden=\"true\"></span>2 briefings</li></ul>", page);
        }
    }

    [Fact]
    public void The_maps_are_the_same_bytes_at_every_build()
    {
        var first = TestSite.Build(Site).Clean();
        var second = TestSite.Build(Site).Clean();
        foreach (var path in new[] { "index.html", "countries/azerbaijan/index.html", "briefings/a/index.html", "briefings/c/index.html" })
            Assert.Equal(Svg(first.Page(path)), Svg(second.Page(path)));
    }

    private static string Svg(string page) => Regex.Match(page, "<svg class=\"map\".*?</svg>", RegexOptions.Singleline) is { Success: true } m ? m.Value : throw new Xunit.Sdk.XunitException("no map on the page");
}
