using System.Globalization;
using System.Text;

namespace Briefing.Maps;

/// <summary>Writes numbers into SVG attributes the same way on every machine (invariant culture, no exponent, fixed decimals).</summary>
internal static class SvgNumbers
{
    /// <summary>
    /// Appends an integer to path data: a minus sign separates it from the number before, otherwise a space does
    /// (none when <paramref name="first"/>, right after a command letter).
    /// </summary>
    public static void Append(StringBuilder path, int value, bool first = false)
    {
        if (!first && value >= 0) path.Append(' ');
        path.Append(value.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>An integer as an attribute value.</summary>
    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A number with at most one decimal (trailing zero dropped), for radii and stroke widths.</summary>
    public static string Text(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
