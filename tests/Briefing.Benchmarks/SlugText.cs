using System.Text;

namespace Briefing.Benchmarks;

/// <summary>Turns titles and names into <c>[a-z0-9-]+</c> slugs and ids.</summary>
public static class SlugText
{
    /// <summary>Lower-case ASCII letters and digits, other runs of characters become one hyphen.</summary>
    public static string From(string text, int maxLength = int.MaxValue)
    {
        var slug = new StringBuilder(text.Length);
        foreach (var raw in text)
        {
            var c = Fold(char.ToLowerInvariant(raw));
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }

        var result = slug.ToString().TrimEnd('-');
        return result.Length <= maxLength ? result : result[..maxLength].TrimEnd('-');
    }

    // The vocabulary's only non-ASCII letters; folding them keeps "Türkiye" as "turkiye", not "t-rkiye".
    private static char Fold(char c) => c switch
    {
        'ü' => 'u',
        'ö' => 'o',
        'ç' => 'c',
        'ş' => 's',
        'ğ' => 'g',
        'ı' => 'i',
        'é' => 'e',
        _ => c,
    };
}
