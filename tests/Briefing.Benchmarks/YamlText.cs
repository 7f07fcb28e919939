using System.Text;

namespace Briefing.Benchmarks;

/// <summary>YAML scalars and flow lists, always double-quoted so neither generator reads `NO` as a boolean.</summary>
public static class YamlText
{
    /// <summary>A double-quoted YAML string.</summary>
    public static string Quote(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            if (c is '"' or '\\') text.Append('\\');
            text.Append(c);
        }

        return text.Append('"').ToString();
    }

    /// <summary>A flow list of double-quoted strings: <c>["AZ", "NO"]</c>.</summary>
    public static string List(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(Quote)) + "]";

    /// <summary>A date as <c>YYYY-MM-DD</c>.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
