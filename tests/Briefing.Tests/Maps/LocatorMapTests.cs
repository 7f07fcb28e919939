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
    [Fact]
    public void No_outline_reaches_far_beyond_its_map()
    {
        // Neighbours are cut just outside the view box: 5% of its larger side is far more than the cut's margin.
        var maps = Registry.All.Select(c => (c.Alpha2, Svg: LocatorMaps.Locator([c])!)).Append(("world", LocatorMaps.World([(C("RU"), 1), (C("FJ"), 2)]).Svg));

        foreach (var (name, svg) in maps)
        {
            var root = Parse(svg);
            var box = ((string)root.Attribute("viewBox")!).Split(' ').Select(int.Parse).ToArray();
            var slack = 0.05 * Math.Max(box[2], box[3]);
            foreach (var (x, y) in root.Elements(Svg + "path").SelectMany(p => Points((string)p.Attribute("d")!)))
            {
                Assert.True(x >= box[0] - slack && x <= box[0] + box[2] + slack && y >= box[1] - slack && y <= box[1] + box[3] + slack,
                    $"{name}: ({x}, {y}) outside {string.Join(' ', box)}");
            }
        }
    }

    [Theory]
    [InlineData("TJ")]
    [InlineData("KG")]
    [InlineData("AZ")]
    public void A_country_inside_its_frame_is_drawn_exactly_as_the_atlas_has_it(string code)
    {
        var atlas = ProjectedAtlas.Default;
        var shape = atlas.Atlas.IndexOf(code);
        var root = Parse(LocatorMaps.Locator([C(code)])!);
        var focus = (string)root.Elements(Svg + "path").Single(p => (string?)p.Attribute("class") == "map-focus c-" + code.ToLowerInvariant()).Attribute("d")!;

        var levels = Enumerable.Range(ProjectedAtlas.MinLevel, ProjectedAtlas.MaxLevel - ProjectedAtlas.MinLevel + 1);
        Assert.Contains(levels, level => focus == string.Concat(atlas.PolygonsOf[shape].Select(p => atlas.PathOf(p, level))));
    }

    [Fact]
    public void Antarctica_is_drawn_at_the_level_that_suits_its_frame()
    {
        // Its frame is most of the world's width; at level 0 that would be over 800 units and 40 KB.
        var root = Parse(LocatorMaps.Locator([C("AQ")])!);
        var box = ((string)root.Attribute("viewBox")!).Split(' ').Select(int.Parse).ToArray();

        Assert.InRange(box[2], 160, 320);
    }

    [Fact]
    public void A_map_is_the_same_whichever_maps_were_drawn_before_it()
    {
        var first = LocatorMaps.Locator([C("KG")]);
        foreach (var country in Registry.All) LocatorMaps.Locator([country]);
        var second = LocatorMaps.Locator([C("KG")]);

        Assert.Equal(first, second);
    }

    [Fact]
    public void A_ring_inside_the_box_is_kept_as_it_is()
    {
        var result = new List<int>();

        Assert.True(RingClip.Clip([1, 1, 5, 1, 5, 5, 1, 5], new IntBox(0, 0, 10, 10), result));
        Assert.Equal([1, 1, 5, 1, 5, 5, 1, 5], result);
    }

    [Fact]
    public void A_ring_across_a_side_is_cut_along_it()
    {
        var result = new List<int>();

        Assert.True(RingClip.Clip([5, 2, 20, 2, 20, 8, 5, 8], new IntBox(0, 0, 10, 10), result));
        Assert.Equal([5, 2, 10, 2, 10, 8, 5, 8], result);
    }

    [Fact]
    public void A_ring_that_leaves_and_comes_back_is_cut_where_it_crosses_the_side()
    {
        // A U open to the left whose arms reach past x = 10: each arm is cut where it crosses the side.
        var result = new List<int>();

        Assert.True(RingClip.Clip([2, 2, 30, 2, 30, 4, 4, 4, 4, 6, 30, 6, 30, 8, 2, 8], new IntBox(0, 0, 10, 10), result));
        Assert.Equal([2, 2, 10, 2, 10, 4, 4, 4, 4, 6, 10, 6, 10, 8, 2, 8], result);
        Assert.All(Enumerable.Range(0, result.Count / 2), i => Assert.InRange(result[2 * i], 0, 10));
    }

    [Fact]
    public void Corners_left_along_a_side_by_the_cut_are_dropped()
    {
        // Out through the right side, back in above the top, out again: cut at the right and then the top, three
        // corners are left on x = 10, and the middle one (10, 0) only goes up the side and back.
        var result = new List<int>();

        Assert.True(RingClip.Clip([2, 5, 20, 5, 20, -5, 5, -5, 5, -8, 20, -8, 20, 8, 2, 8], new IntBox(0, 0, 10, 10), result));
        Assert.Equal([2, 5, 10, 5, 10, 8, 2, 8], result);
    }

    [Fact]
    public void A_ring_around_the_box_becomes_the_box_and_one_beside_it_nothing()
    {
        var result = new List<int>();

        Assert.True(RingClip.Clip([-5, -5, 15, -5, 15, 15, -5, 15], new IntBox(0, 0, 10, 10), result));
        Assert.Equal(Rotations([0, 0, 10, 0, 10, 10, 0, 10]).Single(r => r.SequenceEqual(result)), result); // the same corners in the same order, from any start
        Assert.False(RingClip.Clip([20, 0, 30, 0, 30, 5], new IntBox(0, 0, 10, 10), result));
        // Its box overlaps the rectangle's, but the triangle passes beyond the corner: only cuts along the sides would be left.
        Assert.False(RingClip.Clip([0, 20, 20, 20, 20, 0], new IntBox(0, 0, 5, 5), result));
    }

    private static IEnumerable<int[]> Rotations(int[] ring) => Enumerable.Range(0, ring.Length / 2).Select(k => ring[(2 * k)..].Concat(ring[..(2 * k)]).ToArray());

    // The absolute points of path data written as M x y l dx dy … z.
    private static IEnumerable<(int X, int Y)> Points(string d)
    {
        foreach (var sub in d.Split('z', StringSplitOptions.RemoveEmptyEntries))
        {
            var numbers = System.Text.RegularExpressions.Regex.Matches(sub, "-?[0-9]+").Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            var (x, y) = (numbers[0], numbers[1]);
            yield return (x, y);
            for (var i = 2; i + 1 < numbers.Count; i += 2)
            {
                (x, y) = (x + numbers[i], y + numbers[i + 1]);
                yield return (x, y);
            }
        }
    }
}
