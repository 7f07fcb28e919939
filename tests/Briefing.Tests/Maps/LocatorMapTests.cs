using System.Text;
using System.Xml.Linq;
using Briefing.Countries;
using Briefing.Maps;

namespace Briefing.Tests.Maps;

public sealed class LocatorMapTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly CountryRegistry Registry = CountryRegistry.Default;

    private static Country C(string code) => Registry.FindByAlpha2(code)!;

    private static XElement Parse(string svg) => XDocument.Parse(svg).Root!;

    [Theory]
    [InlineData("RU")]
    [InlineData("CA")]
    [InlineData("US")]
    [InlineData("ID")]
    [InlineData("CN")]
    [InlineData("BR")]
    [InlineData("AU")]
    [InlineData("CL")]
    [InlineData("PH")]
    [InlineData("NO")]
    public void Maps_of_the_largest_countries_and_archipelagos_stay_under_30_KB(string code)
    {
        var svg = LocatorMaps.Locator([C(code)])!;

        Assert.True(Encoding.UTF8.GetByteCount(svg) <= 30 * 1024, $"{code}: {Encoding.UTF8.GetByteCount(svg)} bytes");
    }

    [Fact]
    public void No_country_map_is_larger_than_30_KB()
    {
        var sizes = Registry.All.Select(c => (c.Alpha2, Size: Encoding.UTF8.GetByteCount(LocatorMaps.Locator([c])!))).ToList();

        var over = sizes.Where(s => s.Size > 30 * 1024).Select(s => $"{s.Alpha2} {s.Size}").ToList();
        Assert.True(over.Count == 0, string.Join(", ", over));
    }

    [Fact]
    public void A_country_map_is_well_formed_SVG_with_a_title_naming_the_country()
    {
        var root = Parse(LocatorMaps.Locator([C("AZ")])!);

        Assert.Equal(Svg + "svg", root.Name);
        Assert.Equal("img", (string?)root.Attribute("role"));
        Assert.Equal("Locator map: Azerbaijan (highlighted) in its region", (string?)root.Attribute("aria-label"));
        Assert.Equal("Locator map: Azerbaijan (highlighted) in its region", root.Element(Svg + "title")?.Value);
    }

    [Fact]
    public void The_country_is_highlighted_and_its_neighbours_are_drawn_as_land()
    {
        var root = Parse(LocatorMaps.Locator([C("AZ")])!);
        var paths = root.Elements(Svg + "path").ToList();

        var focus = Assert.Single(paths, p => ((string?)p.Attribute("class"))!.Split(' ').Contains("map-focus"));
        Assert.Equal("map-focus c-az", (string?)focus.Attribute("class"));
        Assert.Contains(paths, p => (string?)p.Attribute("class") == "map-land");
        Assert.DoesNotContain(root.Elements(Svg + "circle"), _ => true);
    }

    [Fact]
    public void A_country_without_a_boundary_in_the_data_gets_a_circle_at_its_coordinates()
    {
        var root = Parse(LocatorMaps.Locator([C("TV")])!);

        var circle = Assert.Single(root.Elements(Svg + "circle"));
        Assert.Equal("map-marker c-tv", (string?)circle.Attribute("class"));
        Assert.DoesNotContain(root.Elements(Svg + "path"), p => ((string?)p.Attribute("class"))!.Contains("map-focus", StringComparison.Ordinal));
        Assert.Contains("Tuvalu is marked with a circle", (string?)root.Attribute("aria-label"), StringComparison.Ordinal);
        // The circle is inside the view box.
        var box = ((string)root.Attribute("viewBox")!).Split(' ').Select(int.Parse).ToArray();
        var (cx, cy) = ((int)circle.Attribute("cx")!, (int)circle.Attribute("cy")!);
        Assert.InRange(cx, box[0], box[0] + box[2]);
        Assert.InRange(cy, box[1], box[1] + box[3]);
    }

    [Fact]
    public void A_tiny_country_with_a_boundary_is_drawn_and_ringed()
    {
        var root = Parse(LocatorMaps.Locator([C("MC")])!);

        Assert.Single(root.Elements(Svg + "path"), p => (string?)p.Attribute("class") == "map-focus c-mc");
    }

    [Fact]
    public void Several_countries_are_each_highlighted_on_one_map()
    {
        var root = Parse(LocatorMaps.Locator([C("AZ"), C("IR"), C("IL")])!);

        var focus = root.Elements(Svg + "path").Select(p => (string?)p.Attribute("class")).Where(c => c!.StartsWith("map-focus", StringComparison.Ordinal)).ToList();
        Assert.Equal(["map-focus c-az", "map-focus c-ir", "map-focus c-il"], focus);
        Assert.Equal("Locator map: Azerbaijan, Iran and Israel (highlighted) in their region", (string?)root.Attribute("aria-label"));
    }

    [Fact]
    public void The_same_map_is_the_same_text_every_time()
    {
        var first = LocatorMaps.Locator([C("RU"), C("FJ")]);
        var second = LocatorMaps.Locator([C("RU"), C("FJ")]);

        Assert.Equal(first, second);
    }

    [Fact]
    public void World_map_shades_countries_by_count_and_names_them()
    {
        var (svg, classes) = LocatorMaps.World([(C("IR"), 3), (C("IL"), 2), (C("AZ"), 1), (C("TV"), 1), (C("FR"), 0)]);
        var root = Parse(svg);

        Assert.Equal(["1 briefing", "2 briefings", "3 briefings"], classes.Select(c => c.Label));
        Assert.Equal(["map-c2", "map-c3", "map-c4"], classes.Select(c => c.CssClass));
        var shaded = root.Elements(Svg + "path").Select(p => (string?)p.Attribute("class")).Where(c => c != "map-land").ToList();
        Assert.Equal(["map-c2 c-az", "map-c3 c-il", "map-c4 c-ir"], shaded);
        Assert.Single(root.Elements(Svg + "circle"), c => (string?)c.Attribute("class") == "map-dot map-c2 c-tv");
        Assert.Equal("World map of the countries named in briefings, shaded by how many briefings name each: Iran (3 briefings); Israel (2 briefings); Azerbaijan (1 briefing); Tuvalu (1 briefing)",
            (string?)root.Attribute("aria-label"));
    }

    [Fact]
    public void Many_counts_fall_into_four_shades_at_the_quartiles()
    {
        var counts = Registry.All.Take(100).Select((c, i) => (c, i + 1)).ToList();

        var (_, classes) = LocatorMaps.World(counts);

        Assert.Equal(["1–25 briefings", "26–50 briefings", "51–75 briefings", "76–100 briefings"], classes.Select(c => c.Label));
    }

    [Fact]
    public void Path_data_is_integers_only()
    {
        var root = Parse(LocatorMaps.Locator([C("IT")])!);

        Assert.All(root.Elements(Svg + "path"), p => Assert.Matches("^(M-?[0-9]+[ -][0-9]+l(-?[0-9]+[ -]?)+z)+$", (string)p.Attribute("d")!));
    }
}
