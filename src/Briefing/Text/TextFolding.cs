using System.Text;
using AnyAscii;

namespace Briefing.Text;

/// <summary>Folds text to the form in which names are compared, so spelling details that readers ignore do not matter.</summary>
public static class TextFolding
{
    /// <summary>Transliterates to ASCII, lower-cases, trims and collapses inner whitespace: "  Türkiye " folds to "turkiye".</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        if (IsFolded(text)) return text;

        // Not string.Normalize: with InvariantGlobalization on, it leaves "ü" undecomposed.
        // AnyAscii's own tables also cover letters that have no combining mark to strip
        // (ø, ł, ß, dotless ı), curly apostrophes and ligatures, the same on every machine.
        var ascii = Ascii.IsValid(text) ? text : text.Transliterate();
        var folded = new StringBuilder(ascii.Length);
        var pendingSpace = false;
        foreach (var c in ascii)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = folded.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                folded.Append(' ');
                pendingSpace = false;
            }

            folded.Append(char.ToLowerInvariant(c));
        }

        return folded.ToString();
    }

    // Already in folded form (most references: ids and lower-case names): ASCII, no upper case, single inner spaces.
    private static bool IsFolded(string text)
    {
        if (text.Length == 0 || text[0] == ' ' || text[^1] == ' ') return text.Length == 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c > 127 || char.IsAsciiLetterUpper(c) || (char.IsWhiteSpace(c) && (c != ' ' || text[i - 1] == ' '))) return false;
        }

        return true;
    }
}
