using System.Globalization;

namespace Briefing.Maps;

/// <summary>Sorts briefing counts into up to four shades, so a world map reads at a glance and its legend stays short.</summary>
internal static class MapShading
{
    private const int MaxClasses = 4;

    /// <summary>
    /// The shades for these counts (zeros ignored): each distinct count its own shade when there are few, otherwise
    /// breaks at the quartiles of the countries' counts, so each shade holds about as many countries. The darkest
    /// shade is always <c>map-c4</c>, so two classes are told apart as clearly as four.
    /// </summary>
    public static IReadOnlyList<MapClass> Classes(IEnumerable<int> counts)
    {
        var sorted = counts.Where(c => c > 0).Order().ToArray();
        if (sorted.Length == 0) return [];
        var starts = new SortedSet<int> { sorted[0] };
        var distinct = sorted.Distinct().ToArray();
        if (distinct.Length <= MaxClasses)
        {
            starts.UnionWith(distinct);
        }
        else
        {
            for (var q = 1; q < MaxClasses; q++) starts.Add(sorted[q * sorted.Length / MaxClasses]);
        }

        var lows = starts.ToArray();
        var classes = new List<MapClass>();
        for (var i = 0; i < lows.Length; i++)
        {
            var to = i + 1 < lows.Length ? lows[i + 1] - 1 : sorted[^1];
            var css = "map-c" + SvgNumbers.Text(MaxClasses - lows.Length + i + 1);
            classes.Add(new MapClass(lows[i], to, css, Label(lows[i], to)));
        }

        return classes;
    }

    private static string Label(int from, int to) =>
        from == to
            ? (from == 1 ? "1 briefing" : string.Create(CultureInfo.InvariantCulture, $"{from} briefings"))
            : string.Create(CultureInfo.InvariantCulture, $"{from}–{to} briefings");
}
