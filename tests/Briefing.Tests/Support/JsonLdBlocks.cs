using System.Text.Json;

namespace Briefing.Tests.Support;

/// <summary>The JSON-LD script elements of a built page: their text, and the page without them (for checks that no other script got in).</summary>
public static class JsonLdBlocks
{
    /// <summary>How the theme opens a JSON-LD element.</summary>
    public const string Open = "<script type=\"application/ld+json\">";

    private const string Close = "</script>";

    /// <summary>The text inside each JSON-LD element, in page order.</summary>
    public static IReadOnlyList<string> Of(string html)
    {
        var blocks = new List<string>();
        for (var at = html.IndexOf(Open, StringComparison.Ordinal); at >= 0; at = html.IndexOf(Open, at + 1, StringComparison.Ordinal))
        {
            var start = at + Open.Length;
            var end = html.IndexOf(Close, start, StringComparison.OrdinalIgnoreCase);
            blocks.Add(end < 0 ? html[start..] : html[start..end]);
        }

        return blocks;
    }

    /// <summary>
    /// <paramref name="html"/> with every JSON-LD element taken out, when each one is whole: JSON that parses and holds no
    /// '&lt;' (so the element ends where the generator ended it). Otherwise the page as it is, so the caller's check sees it.
    /// </summary>
    public static string Without(string html)
    {
        foreach (var block in Of(html))
        {
            if (block.Contains('<', StringComparison.Ordinal) || !Parses(block)) return html;
            html = html.Replace(Open + block + Close, "", StringComparison.Ordinal);
        }

        return html;
    }

    private static bool Parses(string json)
    {
        try
        {
            using var _ = JsonDocument.Parse(json);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
