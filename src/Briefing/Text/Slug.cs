using System.Text;
using System.Text.RegularExpressions;

namespace Briefing.Text;

/// <summary>URL names: ASCII, lower case, words joined by '-'.</summary>
public static partial class Slug
{
    // Names Windows refuses as file names, whatever the case or extension.
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "con", "prn", "aux", "nul",
        "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    };

    /// <summary>True when <paramref name="value"/> is a usable slug: <c>[a-z0-9-]+</c>, no leading, trailing or doubled '-', not a reserved device name.</summary>
    public static bool IsValid(string value) => ValidPattern().IsMatch(value) && !Reserved.Contains(value);

    /// <summary>True for names Windows cannot use as a folder (<c>con</c>, <c>lpt1</c>, ...).</summary>
    public static bool IsReserved(string value) => Reserved.Contains(value);

    /// <summary>Turns any text into a slug, transliterating Unicode to ASCII (<c>Erdoğan</c> → <c>erdogan</c>); empty when nothing is left.</summary>
    public static string From(string text)
    {
        var ascii = AnyAscii.Transliteration.Transliterate(text.Replace("&", " and ", StringComparison.Ordinal));
        var sb = new StringBuilder(ascii.Length);
        var dash = false;
        foreach (var c in ascii)
        {
            if (c is '\'' or '\u2019') continue;
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (dash && sb.Length > 0) sb.Append('-');
                sb.Append(char.ToLowerInvariant(c));
                dash = false;
            }
            else
            {
                dash = true;
            }
        }

        var slug = sb.ToString();
        return Reserved.Contains(slug) ? slug + "-" + "page" : slug;
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex ValidPattern();
}
