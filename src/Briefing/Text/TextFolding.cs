using System.Text;
using AnyAscii;

namespace Briefing.Text;

/// <summary>
/// Folds text to the form in which names are compared: case, whitespace and Latin accents do not matter, but a letter
/// of any other script is compared as written, since transliteration merges names that differ (汪毅 and 王毅 both
/// become "wangyi"). Transliteration is for URLs (<see cref="Slug"/>), never for identity.
/// </summary>
public static class TextFolding
{
    /// <summary>Lower-cases, trims, collapses inner whitespace and strips Latin accents: "  Türkiye " folds to "turkiye", "王毅" stays "王毅".</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        if (IsFolded(text)) return text;

        // Not string.Normalize for Latin: with InvariantGlobalization on, it leaves "ü" undecomposed.
        // AnyAscii's own tables also cover letters that have no combining mark to strip
        // (ø, ł, ß, dotless ı), curly apostrophes and ligatures, the same on every machine.
        var folded = new StringBuilder(text.Length);
        var pendingSpace = false;
        var i = 0;
        while (i < text.Length)
        {
            var rune = Rune.GetRuneAt(text, i);
            i += rune.Utf16SequenceLength;
            if (Rune.IsWhiteSpace(rune))
            {
                pendingSpace = folded.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                folded.Append(' ');
                pendingSpace = false;
            }

            if (rune.IsAscii) folded.Append(char.ToLowerInvariant((char)rune.Value));
            else if (IsLatin(rune)) folded.Append(rune.ToString().Transliterate().ToLowerInvariant());
            else folded.Append(Rune.ToLowerInvariant(rune).ToString());
        }

        return folded.ToString();
    }

    /// <summary>True when every letter of <paramref name="text"/> is Latin, so its transliteration is only its accents stripped.</summary>
    public static bool IsLatinText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var rune in text.EnumerateRunes())
            if (!rune.IsAscii && !IsLatin(rune)) return false;
        return true;
    }

    // Latin letters and their marks, modifier letters (the Uzbek ʻ), typographic punctuation (’) and fullwidth Latin:
    // what AnyAscii turns into the letter a reader sees, not a spelling in another script.
    private static bool IsLatin(Rune rune) => rune.Value switch
    {
        >= 0x00A0 and <= 0x036F => true,
        >= 0x1D00 and <= 0x1DBF => true,
        >= 0x1E00 and <= 0x1EFF => true,
        >= 0x2000 and <= 0x206F => true,
        >= 0x2C60 and <= 0x2C7F => true,
        >= 0xA720 and <= 0xA7FF => true,
        >= 0xAB30 and <= 0xAB6F => true,
        >= 0xFB00 and <= 0xFB06 => true,
        >= 0xFF01 and <= 0xFF5E => true,
        _ => false,
    };

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
