using System.Text;

namespace Briefing.Feeds;

/// <summary>
/// Keeps text that goes into a feed (Atom or JSON) or a sitemap to the characters XML 1.0 can carry, the same text in
/// both feeds. Input should never hold the others (the parse stage is where they are refused, with a position); this
/// is the last guard, so that one that got through shows as U+FFFD instead of making a feed no reader can parse.
/// </summary>
public static class FeedText
{
    /// <summary><paramref name="text"/> with every character XML 1.0 forbids (C0 controls but TAB, LF and CR; lone surrogates; U+FFFE, U+FFFF) made U+FFFD.</summary>
    public static string Clean(string text)
    {
        var bad = FirstBad(text);
        if (bad < 0) return text;
        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, bad);
        for (var i = bad; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                sb.Append(c).Append(text[++i]);
            else
                sb.Append(IsAllowed(c) ? c : '\uFFFD');
        }

        return sb.ToString();
    }

    // A surrogate is allowed only as half of a pair, which Clean checks; alone it is not a character.
    private static bool IsAllowed(char c) => c is '\t' or '\n' or '\r' or (>= '\u0020' and <= '\uD7FF') or (>= '\uE000' and <= '\uFFFD');

    // Skips the common characters a vector at a time: feeds carry every briefing body several times over.
    private static int FirstBad(string text)
    {
        for (var i = 0; ;)
        {
            var next = text.AsSpan(i).IndexOfAnyExceptInRange('\u0020', '\uD7FF');
            if (next < 0) return -1;
            i += next;
            var c = text[i];
            if (IsAllowed(c)) i++;
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i += 2;
            else return i;
        }
    }
}
