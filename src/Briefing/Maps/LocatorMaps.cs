using System.Globalization;
using System.Text;
using Briefing.Countries;

namespace Briefing.Maps;

/// <summary>
/// Inline SVG maps: a locator map of some countries in their region, and a world map shaded by counts. Every map
/// is a crop (its view box) of the one projected world in <see cref="ProjectedAtlas"/>, at the zoom level that makes
/// it about <see cref="TargetWidth"/> units wide, so its outlines are the cached path data of that level, cut
/// (<see cref="RingClip"/>) just beyond the view box where they reach past it. Colours
/// are CSS classes (<c>map-land</c>, <c>map-focus</c>, <c>map-c1</c>…<c>map-c4</c>, <c>map-marker</c>) set by the theme.
/// </summary>
public static class LocatorMaps
{
    /// <summary>A map's width in units at its level is between half this and this: about a unit per pixel as the theme shows a locator map (at most 24rem), small output.</summary>
    private const double TargetWidth = 320;

    private const int WorldLevel = -1; // 500 units wide: the world map is shown across a page's column, up to 42rem

    private const double Aspect = 1.6; // width to height of a locator map
    private const double MarginShare = 0.2; // of the focus' larger side, on each side
    private const double MinSpan = 12; // level-0 units (the world is 1,000): about 500 km
    private const int ClipMargin = 4; // units at the map's level beyond the view box where outlines are cut…
    private const double ClipMarginShare = 0.01; // …or this share of the map's larger side, whichever is more
    private const double SmallSide = 4; // units at the map's level: a country smaller than this also gets a circle

    /// <summary>The SVG of a locator map of <paramref name="countries"/> (highlighted) with their neighbours, or null for none.</summary>
    public static string? Locator(IReadOnlyList<Country> countries)
    {
        if (countries.Count == 0) return null;
        var atlas = ProjectedAtlas.Default;
        var focus = MapBox.Empty;
        foreach (var country in countries) focus = focus.Union(FocusOf(atlas, country));
        var frame = Frame(focus);
        var level = LevelFor(frame.Width);
        var names = countries.Select(c => c.Name).ToList();
        var label = "Locator map: " + NameList(names) + (countries.Count == 1 ? " (highlighted) in its region" : " (highlighted) in their region");
        var missing = countries.Where(c => atlas.Atlas.IndexOf(c.Alpha2) < 0).Select(c => c.Name).ToList();
        if (missing.Count > 0) label += "; " + NameList(missing) + (missing.Count == 1 ? " is" : " are") + " marked with a circle";

        var svg = new SvgMap(frame, level, label);
        var highlighted = countries.Select(c => atlas.Atlas.IndexOf(c.Alpha2)).Where(i => i >= 0).ToHashSet();
        svg.Land(atlas, s => !highlighted.Contains(s), "map-land");
        foreach (var country in countries)
        {
            var shape = atlas.Atlas.IndexOf(country.Alpha2);
            if (shape >= 0) svg.Shape(atlas, shape, "map-focus c-" + country.Alpha2.ToLowerInvariant());
        }

        foreach (var country in countries) svg.MarkIfSmall(atlas, country, "map-marker c-" + country.Alpha2.ToLowerInvariant());
        return svg.Finish();
    }

    /// <summary>A world map of countries shaded by <paramref name="counts"/> (how many briefings name each), and its shades for the legend.</summary>
    public static (string Svg, IReadOnlyList<MapClass> Classes) World(IReadOnlyList<(Country Country, int Count)> counts)
    {
        var atlas = ProjectedAtlas.Default;
        var named = counts.Where(c => c.Count > 0).ToList();
        var classes = MapShading.Classes(named.Select(c => c.Count));
        var ranked = named.OrderByDescending(c => c.Count).ThenBy(c => c.Country.Name, StringComparer.Ordinal).ToList();
        var label = new StringBuilder("World map of the countries named in briefings, shaded by how many briefings name each");
        if (ranked.Count > 0)
        {
            label.Append(": ").AppendJoin("; ", ranked.Take(10).Select(c => c.Country.Name + " " + Count(c.Count)));
            if (ranked.Count > 10) label.Append("; and ").Append(SvgNumbers.Text(ranked.Count - 10)).Append(ranked.Count == 11 ? " other country" : " other countries");
        }
        else
        {
            label.Append(": none yet");
        }

        // Antarctica is left below the frame, as on most world maps: it names no one and takes a fifth of the height.
        var top = ProjectedAtlas.Project(0, 84).Y;
        var bottom = ProjectedAtlas.Project(0, -57).Y;
        var frame = new MapBox(-ProjectedAtlas.WorldWidth / 2, top, ProjectedAtlas.WorldWidth / 2, bottom);
        var svg = new SvgMap(frame, WorldLevel, label.ToString());
        var shaded = named.Where(c => atlas.Atlas.IndexOf(c.Country.Alpha2) >= 0).ToDictionary(c => atlas.Atlas.IndexOf(c.Country.Alpha2), c => c.Count);
        svg.Land(atlas, s => !shaded.ContainsKey(s), "map-land");
        foreach (var (country, count) in named.OrderBy(c => c.Country.Alpha2, StringComparer.Ordinal))
        {
            var css = classes.First(k => count >= k.From && count <= k.To).CssClass + " c-" + country.Alpha2.ToLowerInvariant();
            var shape = atlas.Atlas.IndexOf(country.Alpha2);
            if (shape >= 0) svg.Shape(atlas, shape, css);
            svg.MarkIfSmall(atlas, country, "map-dot " + css);
        }

        return (svg.Finish(), classes);
    }

    private static string Count(int count) => count == 1 ? "(1 briefing)" : "(" + SvgNumbers.Text(count) + " briefings)";

    private static string NameList(List<string> names) => names.Count switch
    {
        1 => names[0],
        2 => names[0] + " and " + names[1],
        _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1],
    };

    // The part of a country a locator map frames, in level-0 units: its largest polygon and every other polygon near
    // what is framed so far (an archipelago comes in island by island), but not far-off territories (Alaska's Aleutians
    // west of 180°, France's overseas departments), which would shrink the country itself to a dot.
    internal static MapBox FocusOf(ProjectedAtlas atlas, Country country)
    {
        var shape = atlas.Atlas.IndexOf(country.Alpha2);
        if (shape < 0)
        {
            var (x, y) = ProjectedAtlas.Project(country.Longitude, country.Latitude);
            return new MapBox(x, y, x, y);
        }

        var polygons = atlas.PolygonsOf[shape].Select(i => atlas.Polygons[i]).OrderByDescending(p => p.Area).ToList();
        var box = polygons[0].Bounds;
        var taken = new bool[polygons.Count];
        taken[0] = true;
        for (var grown = true; grown;)
        {
            grown = false;
            for (var i = 1; i < polygons.Count; i++)
            {
                if (taken[i] || polygons[i].Bounds.GapTo(box) > 0.5 * Math.Max(Math.Max(box.Width, box.Height), MinSpan)) continue;
                box = box.Union(polygons[i].Bounds);
                taken[i] = grown = true;
            }
        }

        return box;
    }

    // The focus with a margin, at least MinSpan across, widened or heightened to the map's aspect, kept inside the world.
    private static MapBox Frame(MapBox focus)
    {
        var side = Math.Max(Math.Max(focus.Width, focus.Height), MinSpan);
        var margin = side * MarginShare;
        var width = Math.Max(focus.Width + 2 * margin, MinSpan);
        var height = Math.Max(focus.Height + 2 * margin, MinSpan);
        if (width < height * Aspect) width = height * Aspect;
        else height = width / Aspect;

        var world = ProjectedAtlas.World;
        width = Math.Min(width, world.Width);
        height = Math.Min(height, world.Height);
        var cx = Math.Clamp((focus.Left + focus.Right) / 2, world.Left + width / 2, world.Right - width / 2);
        var cy = Math.Clamp((focus.Top + focus.Bottom) / 2, world.Top + height / 2, world.Bottom - height / 2);
        return new MapBox(cx - width / 2, cy - height / 2, cx + width / 2, cy + height / 2);
    }

    private static int LevelFor(double width)
    {
        var level = ProjectedAtlas.MinLevel;
        while (level < ProjectedAtlas.MaxLevel && width * ProjectedAtlas.Factor(level + 1) <= TargetWidth) level++;
        return level;
    }

    /// <summary>The SVG of one map as it is written: view box, title, paths, markers.</summary>
    private sealed class SvgMap
    {
        private readonly StringBuilder _svg = new(16 * 1024);
        private readonly MapBox _view; // in the level's units
        private readonly int _level;
        private readonly IntBox _clip; // the view box with a margin wide enough that no cut or its stroke shows
        private readonly List<int> _clipped = new();

        public SvgMap(MapBox frame, int level, string label)
        {
            _level = level;
            var f = ProjectedAtlas.Factor(level);
            var (left, top) = ((int)Math.Floor(frame.Left * f), (int)Math.Floor(frame.Top * f));
            var (right, bottom) = ((int)Math.Ceiling(frame.Right * f), (int)Math.Ceiling(frame.Bottom * f));
            _view = new MapBox(left, top, right, bottom);
            var margin = Math.Max(ClipMargin, (int)Math.Ceiling(Math.Max(right - left, bottom - top) * ClipMarginShare));
            _clip = new IntBox(left - margin, top - margin, right + margin, bottom + margin);
            var (w, h) = (SvgNumbers.Text(right - left), SvgNumbers.Text(bottom - top));
            var text = Rendering.HtmlText.Escape(label);
            _svg.Append("<svg class=\"map\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"")
                .Append(SvgNumbers.Text(left)).Append(' ').Append(SvgNumbers.Text(top)).Append(' ').Append(w).Append(' ').Append(h)
                .Append("\" width=\"").Append(w).Append("\" height=\"").Append(h)
                .Append("\" role=\"img\" aria-label=\"").Append(text).Append("\"><title>").Append(text).Append("</title>")
                .Append("<rect class=\"map-sea\" x=\"").Append(SvgNumbers.Text(left)).Append("\" y=\"").Append(SvgNumbers.Text(top))
                .Append("\" width=\"").Append(w).Append("\" height=\"").Append(h).Append("\"/>");
        }

        // Every polygon in view of the shapes that pass the filter, as one path.
        public void Land(ProjectedAtlas atlas, Func<int, bool> include, string css)
        {
            var start = _svg.Length;
            _svg.Append("<path class=\"").Append(css).Append("\" d=\"");
            var before = _svg.Length;
            var (bounds, f) = (atlas.PolygonBounds, ProjectedAtlas.Factor(_level));
            for (var p = 0; p < bounds.Length; p++)
            {
                // The test AppendInView makes first, made here before the filter: most polygons are far from the view.
                if (bounds[p].Scale(f).Intersects(_view) && include(atlas.Polygons[p].Shape)) AppendInView(atlas, p);
            }

            if (_svg.Length == before) _svg.Length = start;
            else _svg.Append("\"/>");
        }

        public void Shape(ProjectedAtlas atlas, int shape, string css)
        {
            var start = _svg.Length;
            _svg.Append("<path class=\"").Append(css).Append("\" d=\"");
            var before = _svg.Length;
            foreach (var p in atlas.PolygonsOf[shape]) AppendInView(atlas, p);
            if (_svg.Length == before) _svg.Length = start;
            else _svg.Append("\"/>");
        }

        // A circle where a country is that has no boundary in the data, or one too small to see at this scale.
        public void MarkIfSmall(ProjectedAtlas atlas, Country country, string css)
        {
            var f = ProjectedAtlas.Factor(_level);
            var focus = FocusOf(atlas, country).Scale(f);
            if (Math.Max(focus.Width, focus.Height) >= SmallSide) return;
            var (cx, cy) = ((int)Math.Round((focus.Left + focus.Right) / 2), (int)Math.Round((focus.Top + focus.Bottom) / 2));
            var r = Math.Max(Math.Round(_view.Width / 90.0), 3);
            _svg.Append("<circle class=\"").Append(css).Append("\" cx=\"").Append(SvgNumbers.Text(cx)).Append("\" cy=\"").Append(SvgNumbers.Text(cy))
                .Append("\" r=\"").Append(SvgNumbers.Text((int)r)).Append("\"/>");
        }

        public string Finish() => _svg.Append("</svg>").ToString();

        // A polygon near the view, cut to the clip box: a neighbour that reaches far beyond the frame (Kazakhstan
        // beside Kyrgyzstan, China beside Tajikistan) would otherwise be drawn whole. One
        // that lies within the box is written from the atlas' cached path data.
        private void AppendInView(ProjectedAtlas atlas, int polygon)
        {
            var bounds = atlas.Polygons[polygon].Bounds.Scale(ProjectedAtlas.Factor(_level));
            if (!bounds.Intersects(_view)) return;
            // Well inside the clip box (a unit of slack for the rounding of the level's rings): no point to look at.
            if (bounds.Left - 1 >= _clip.Left && bounds.Top - 1 >= _clip.Top && bounds.Right + 1 <= _clip.Right && bounds.Bottom + 1 <= _clip.Bottom)
            {
                _svg.Append(atlas.PathOf(polygon, _level));
                return;
            }

            var rings = atlas.RingsOf(polygon, _level);
            if (rings.All(_clip.Holds))
            {
                _svg.Append(atlas.PathOf(polygon, _level));
                return;
            }

            foreach (var ring in rings)
            {
                if (_clip.Holds(ring)) ProjectedAtlas.AppendRing(_svg, ring, ring.Length);
                else if (RingClip.Clip(ring, _clip, _clipped)) ProjectedAtlas.AppendRing(_svg, _clipped, _clipped.Count);
            }
        }
    }
}
