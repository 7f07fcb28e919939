using System.Text;

namespace Briefing.Maps;

/// <summary>
/// The atlas projected once (Equal Earth) into map units, and each polygon's SVG path data at each zoom level,
/// written the first time a map needs it and then reused by every map of every build (the data never changes).
/// Level 0 draws the world 1,000 units wide; each level doubles the scale (level −1 halves it). A level's outlines are simplified
/// (Douglas–Peucker, half a unit) arc by arc, so the border two neighbours share is simplified once and stays
/// shared, and rounded to whole units, so the path data is small integers and the same on every build.
/// </summary>
internal sealed class ProjectedAtlas
{
    /// <summary>The world's width at level 0, in map units.</summary>
    public const double WorldWidth = 1000;

    /// <summary>The most detailed level (the world 256,000 units wide: a unit is about 160 m at the equator).</summary>
    public const int MaxLevel = 8;

    /// <summary>
    /// The least detailed level (the world 250 units wide), for a locator map whose frame is wider than a quarter of the world
    /// (Antarctica's, or far-apart countries'): drawn at a finer level it would carry more detail than every other map, and more bytes.
    /// </summary>
    public const int MinLevel = -2;

    private const double Tolerance = 0.5;
    private static readonly double Scale0 = WorldWidth / 2 / EqualEarth.HalfWidth;
    private static readonly Lazy<ProjectedAtlas> LazyDefault = new(() => new ProjectedAtlas(Atlas.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly double[][] _lonLat; // each arc's longitudes made continuous from its first point
    private readonly double[]?[] _arcs; // [arc * 3 + shift + 1], level-0 units, x and y one after the other
    private readonly int[]?[][] _levelArcs; // [level - MinLevel][arc * 3 + shift + 1], rounded and simplified
    private readonly int[][]?[][] _rings; // [level - MinLevel][polygon]
    private readonly string?[][] _paths; // [level - MinLevel][polygon]

    private ProjectedAtlas(Atlas atlas)
    {
        Atlas = atlas;
        _lonLat = atlas.Arcs.Select(Unwrap).ToArray();
        _arcs = new double[]?[3 * _lonLat.Length];

        var polygons = new List<MapPolygon>();
        for (var s = 0; s < atlas.Shapes.Count; s++)
        {
            foreach (var rings in atlas.Shapes[s].Polygons)
            {
                var shifts = rings.Select(Shifts).ToArray();
                var box = MapBox.Empty;
                for (var k = 0; k < rings[0].Length; k++) box = Bounds(PointsOf(rings[0][k] < 0 ? ~rings[0][k] : rings[0][k], shifts[0][k]), box);
                polygons.Add(new MapPolygon(s, rings, shifts, box, Math.Abs(Area(rings[0], shifts[0]))));
            }
        }

        Polygons = polygons;
        PolygonBounds = polygons.Select(p => p.Bounds).ToArray();
        PolygonsOf = Enumerable.Range(0, atlas.Shapes.Count).Select(s => polygons.Select((p, i) => (p, i)).Where(q => q.p.Shape == s).Select(q => q.i).ToArray()).ToArray();
        _levelArcs = Enumerable.Range(MinLevel, MaxLevel - MinLevel + 1).Select(_ => new int[]?[_arcs.Length]).ToArray();
        _rings = Enumerable.Range(MinLevel, MaxLevel - MinLevel + 1).Select(_ => new int[][]?[polygons.Count]).ToArray();
        _paths = Enumerable.Range(MinLevel, MaxLevel - MinLevel + 1).Select(_ => new string?[polygons.Count]).ToArray();
    }

    /// <summary>The embedded atlas, projected on first use.</summary>
    public static ProjectedAtlas Default => LazyDefault.Value;

    /// <summary>The atlas projected.</summary>
    public Atlas Atlas { get; }

    /// <summary>Every polygon of every shape, with its level-0 bounds.</summary>
    public IReadOnlyList<MapPolygon> Polygons { get; }

    /// <summary>
    /// Each polygon's level-0 bounds, by its index in <see cref="Polygons"/>, in one array: every map looks at every
    /// polygon's bounds to find those in view, and reading them through the polygons was a cache miss each.
    /// </summary>
    public MapBox[] PolygonBounds { get; }

    /// <summary>For each shape, the indices of its polygons in <see cref="Polygons"/>.</summary>
    public int[][] PolygonsOf { get; }

    /// <summary>A longitude and latitude in level-0 map units (y down).</summary>
    public static (double X, double Y) Project(double longitude, double latitude)
    {
        var (x, y) = EqualEarth.Project(longitude, latitude);
        return (x * Scale0, -y * Scale0);
    }

    /// <summary>How many units at <paramref name="level"/> make one at level 0.</summary>
    public static double Factor(int level) => Math.ScaleB(1.0, level);

    /// <summary>The bounds of the whole world at level 0.</summary>
    public static MapBox World => new(-WorldWidth / 2, -EqualEarth.HalfHeight * Scale0, WorldWidth / 2, EqualEarth.HalfHeight * Scale0);

    /// <summary>Polygon <paramref name="polygon"/>'s SVG path data at <paramref name="level"/>, empty when it is too small to draw there.</summary>
    public string PathOf(int polygon, int level)
    {
        var known = Volatile.Read(ref _paths[level - MinLevel][polygon]);
        if (known is not null) return known;
        var path = new StringBuilder();
        foreach (var ring in RingsOf(polygon, level)) AppendRing(path, ring, ring.Length);
        var written = path.ToString();
        Volatile.Write(ref _paths[level - MinLevel][polygon], written);
        return written;
    }

    /// <summary>Polygon <paramref name="polygon"/>'s rings at <paramref name="level"/>: whole units, x and y one after the other, no point repeated, none with fewer than three corners.</summary>
    public int[][] RingsOf(int polygon, int level)
    {
        var known = Volatile.Read(ref _rings[level - MinLevel][polygon]);
        if (known is not null) return known;
        var rings = new List<int[]>();
        var points = new List<int>();
        var p = Polygons[polygon];
        for (var r = 0; r < p.Rings.Length; r++)
        {
            points.Clear();
            for (var k = 0; k < p.Rings[r].Length; k++)
            {
                var arc = p.Rings[r][k];
                var xy = ArcAt(arc < 0 ? ~arc : arc, p.Shifts[r][k], level);
                var count = xy.Length / 2;
                for (var n = 0; n < count; n++)
                {
                    var j = arc < 0 ? count - 1 - n : n;
                    AddPoint(points, xy[2 * j], xy[2 * j + 1]);
                }
            }

            var last = points.Count - 2;
            if (last >= 2 && points[0] == points[last] && points[1] == points[last + 1]) points.RemoveRange(last, 2);
            if (points.Count >= 6) rings.Add(points.ToArray()); // fewer than three corners: nothing to see at this scale
        }

        var array = rings.ToArray();
        Volatile.Write(ref _rings[level - MinLevel][polygon], array);
        return array;
    }

    /// <summary>Adds a point unless it repeats the last one.</summary>
    public static void AddPoint(List<int> points, int x, int y)
    {
        var n = points.Count;
        if (n >= 2 && points[n - 2] == x && points[n - 1] == y) return;
        points.Add(x);
        points.Add(y);
    }

    /// <summary>Writes a ring (the first <paramref name="length"/> values of <paramref name="xy"/>) as a closed subpath: absolute start, then relative steps.</summary>
    public static void AppendRing(StringBuilder path, IReadOnlyList<int> xy, int length)
    {
        path.Append('M');
        SvgNumbers.Append(path, xy[0], first: true);
        SvgNumbers.Append(path, xy[1]);
        path.Append('l');
        for (var i = 2; i < length; i += 2)
        {
            SvgNumbers.Append(path, xy[i] - xy[i - 2], first: i == 2);
            SvgNumbers.Append(path, xy[i + 1] - xy[i - 1]);
        }

        path.Append('z');
    }

    // An arc at a level: scaled, simplified with its end points kept (they are where it meets other arcs), rounded.
    private int[] ArcAt(int arc, int shift, int level)
    {
        var slot = 3 * arc + shift + 1;
        var known = Volatile.Read(ref _levelArcs[level - MinLevel][slot]);
        if (known is not null) return known;
        var source = PointsOf(arc, shift);
        var factor = Factor(level);
        var count = source.Length / 2;
        var keep = new bool[count];
        keep[0] = keep[count - 1] = true;
        var stack = new Stack<(int, int)>();
        if (count > 2) stack.Push((0, count - 1));
        while (stack.Count > 0)
        {
            var (from, to) = stack.Pop();
            var (ax, ay, bx, by) = (source[2 * from] * factor, source[2 * from + 1] * factor, source[2 * to] * factor, source[2 * to + 1] * factor);
            var (dx, dy) = (bx - ax, by - ay);
            var length2 = dx * dx + dy * dy;
            var (farthest, distance2) = (-1, Tolerance * Tolerance);
            for (var i = from + 1; i < to; i++)
            {
                var (px, py) = (source[2 * i] * factor - ax, source[2 * i + 1] * factor - ay);
                double d2;
                if (length2 == 0)
                {
                    d2 = px * px + py * py;
                }
                else
                {
                    var cross = px * dy - py * dx;
                    d2 = cross * cross / length2;
                }

                if (d2 > distance2) (farthest, distance2) = (i, d2);
            }

            if (farthest < 0) continue;
            keep[farthest] = true;
            stack.Push((from, farthest));
            stack.Push((farthest, to));
        }

        var result = new List<int>();
        for (var i = 0; i < count; i++)
        {
            if (!keep[i]) continue;
            var (x, y) = ((int)Math.Round(source[2 * i] * factor), (int)Math.Round(source[2 * i + 1] * factor));
            var n = result.Count;
            if (n >= 2 && result[n - 2] == x && result[n - 1] == y) continue;
            result.Add(x);
            result.Add(y);
        }

        var array = result.ToArray();
        Volatile.Write(ref _levelArcs[level - MinLevel][slot], array);
        return array;
    }

    // An arc projected at level 0, its longitudes moved by shift × 360° (see Shifts).
    private double[] PointsOf(int arc, int shift)
    {
        var slot = 3 * arc + shift + 1;
        var known = Volatile.Read(ref _arcs[slot]);
        if (known is not null) return known;
        var source = _lonLat[arc];
        var points = new double[source.Length];
        for (var i = 0; i < source.Length; i += 2) (points[i], points[i + 1]) = Project(source[i] + 360.0 * shift, source[i + 1]);
        Volatile.Write(ref _arcs[slot], points);
        return points;
    }

    // World-atlas stitches the polygons that cross 180° (Russia's Chukotka, Fiji, Antarctica): one of their arcs
    // jumps from +180 to -180. Its longitudes are made continuous (some beyond ±180), and each arc of a ring is moved
    // by whole turns to join the one before, so such a country is drawn in one piece, reaching past the world's edge
    // on the side where most of it is (a world map shows Chukotka beside Siberia, not a sliver at the far left).
    private static double[] Unwrap(double[] arc)
    {
        var result = (double[])arc.Clone();
        for (var i = 2; i < result.Length; i += 2)
        {
            var step = result[i] - result[i - 2];
            result[i] -= 360 * Math.Round(step / 360);
        }

        return result;
    }

    private int[] Shifts(int[] ring)
    {
        var shifts = new int[ring.Length];
        double? end = null;
        var (west, east) = (double.PositiveInfinity, double.NegativeInfinity);
        for (var k = 0; k < ring.Length; k++)
        {
            var points = _lonLat[ring[k] < 0 ? ~ring[k] : ring[k]];
            var (first, last) = ring[k] < 0 ? (points[^2], points[0]) : (points[0], points[^2]);
            shifts[k] = end is { } e ? (int)Math.Round((e - first) / 360) : 0;
            end = last + 360.0 * shifts[k];
            for (var i = 0; i < points.Length; i += 2)
                (west, east) = (Math.Min(west, points[i] + 360.0 * shifts[k]), Math.Max(east, points[i] + 360.0 * shifts[k]));
        }

        var whole = (int)Math.Round((west + east) / 2 / 360);
        if (whole != 0) for (var k = 0; k < shifts.Length; k++) shifts[k] -= whole;
        return shifts;
    }

    private static MapBox Bounds(double[] points, MapBox box)
    {
        for (var i = 0; i < points.Length; i += 2) box = box.Add(points[i], points[i + 1]);
        return box;
    }

    // The shoelace formula over a ring's arcs, in level-0 units squared.
    private double Area(int[] ring, int[] shifts)
    {
        var sum = 0.0;
        for (var k = 0; k < ring.Length; k++)
        {
            var arc = ring[k];
            var points = PointsOf(arc < 0 ? ~arc : arc, shifts[k]);
            for (var i = 0; i + 3 < points.Length; i += 2)
            {
                var cross = points[i] * points[i + 3] - points[i + 2] * points[i + 1];
                sum += arc < 0 ? -cross : cross;
            }
        }

        return sum / 2;
    }
}
