using System.Globalization;
using System.Text;

namespace Briefing.Diagnostics;

/// <summary>
/// Makes text safe for the one-line <c>path(line,col): ...</c> form: every character a terminal or editor would act on
/// or hide is written as <c>\uXXXX</c>.
/// </summary>
public static class VisibleText
{
    /// <summary>
    /// <paramref name="text"/> with control characters (C0, DEL, C1), line and paragraph separators, format characters
    /// (bidirectional controls, zero-width characters, BOM) and lone surrogates escaped; everything else as it is.
    /// </summary>
    public static string Escape(string text)
    {
        var i = 0;
        while (i < text.Length && !NeedsEscape(text, i)) i++;
        if (i == text.Length) return text;

        var sb = new StringBuilder(text.Length + 16).Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            if (NeedsEscape(text, i)) sb.Append("\\u").Append(((int)text[i]).ToString("X4", CultureInfo.InvariantCulture));
            else sb.Append(text[i]);
        }

        return sb.ToString();
    }

    // A surrogate pair is a real character (an emoji); only a surrogate without its partner is escaped.
    private static bool NeedsEscape(string text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c)) return i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]);
        if (char.IsLowSurrogate(c)) return i == 0 || !char.IsHighSurrogate(text[i - 1]);
        return CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Format;
    }
}
