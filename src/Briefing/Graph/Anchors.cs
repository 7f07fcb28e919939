using System.Text;
using Briefing.Model;
using Briefing.Text;

namespace Briefing.Graph;

/// <summary>Fragment ids for events and quotes that survive reordering and edits elsewhere in the site.</summary>
internal static class Anchors
{
    /// <summary><c>q-{speaker}-{date}-{hash of the words}</c>: the same quote keeps its link while its words stay.</summary>
    public static string Quote(string speakerId, PartialDate date, string text) =>
        $"q-{speakerId}-{date.Iso}-{Fnv1a(text):x8}";

    /// <summary>The <paramref name="number"/>th occurrence of a quote in one briefing: the quote's anchor, then <c>-2</c>, <c>-3</c>, ...</summary>
    public static string Occurrence(string quoteAnchor, int number) =>
        number == 1 ? quoteAnchor : $"{quoteAnchor}-{number}";

    /// <summary><c>e-{date}-{title words}</c>, cut to a readable length.</summary>
    public static string Event(PartialDate date, string title)
    {
        var words = Slug.From(title);
        if (words.Length > 48) words = words[..(words.LastIndexOf('-', 48) is > 0 and var cut ? cut : 48)];
        return words.Length == 0 ? $"e-{date.Iso}" : $"e-{date.Iso}-{words}";
    }

    private static uint Fnv1a(string text)
    {
        var hash = 2166136261u;
        var length = Encoding.UTF8.GetByteCount(text);
        Span<byte> utf8 = length <= 1024 ? stackalloc byte[length] : new byte[length];
        Encoding.UTF8.GetBytes(text, utf8);
        foreach (var b in utf8)
        {
            hash ^= b;
            hash *= 16777619u;
        }

        return hash;
    }
}
