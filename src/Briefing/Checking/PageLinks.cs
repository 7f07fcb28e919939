using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Briefing.Checking;

/// <summary>What the link check needs to know of one built page: the hrefs it links to and the ids it defines.</summary>
public sealed record PageLinks(string Path, string? SourcePath, IReadOnlyList<string> Hrefs, IReadOnlySet<string> Ids)
{
    /// <summary>
    /// Reads the distinct <c>href</c>/<c>src</c> values (in the order they first appear) and the <c>id</c> values out
    /// of a page's UTF-8 HTML; hrefs the link check does not judge (<c>https:</c>, <c>mailto:</c>, <c>//host/</c>:
    /// see <see cref="LinkChecker.Checks"/>) are left out. Both go through <paramref name="pool"/>, shared by all render threads: the same href
    /// on thousands of pages, or the id of an event listed on several pages, is kept once. Hrefs that
    /// <paramref name="known"/> says surely name an output file are not kept: there is nothing left to check.
    /// </summary>
    public static PageLinks Extract(string path, string? sourcePath, ReadOnlySpan<byte> html, ConcurrentDictionary<string, string> pool, KnownTargets? known = null)
    {
        var hrefs = new HashSet<string>(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var lookup = pool.GetAlternateLookup<ReadOnlySpan<char>>();
        var chars = ArrayPool<char>.Shared.Rent(256);
        try
        {
            foreach (var attribute in HrefAttributes)
                for (var at = 0; Next(html, attribute, ref at, ref chars) is { } value;)
                    if (LinkChecker.Checks(value.Span) && known?.SurelyFine(value.Span) != true) hrefs.Add(Pooled(value.Span, lookup));
            for (var at = 0; Next(html, IdAttribute, ref at, ref chars) is { } value;)
                ids.Add(Pooled(value.Span, lookup));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }

        return new PageLinks(path, sourcePath, hrefs.ToArray(), ids);
    }

    private static readonly byte[][] HrefAttributes = [" href=\""u8.ToArray(), " src=\""u8.ToArray()];
    private static readonly byte[] IdAttribute = " id=\""u8.ToArray();

    // The next value of the attribute at or after position, decoded (UTF-8, then HTML entities); null when there is none.
    private static ReadOnlyMemory<char>? Next(ReadOnlySpan<byte> html, ReadOnlySpan<byte> attribute, ref int position, ref char[] chars)
    {
        var found = html[position..].IndexOf(attribute);
        if (found < 0) return null;
        var start = position + found + attribute.Length;
        var length = html[start..].IndexOf((byte)'"');
        if (length < 0) return null;
        position = start + length;
        var raw = html.Slice(start, length);
        if (chars.Length < raw.Length)
        {
            ArrayPool<char>.Shared.Return(chars);
            chars = ArrayPool<char>.Shared.Rent(raw.Length);
        }

        var count = Encoding.UTF8.GetChars(raw, chars);
        var text = chars.AsMemory(0, count);
        return text.Span.Contains('&') ? WebUtility.HtmlDecode(text.ToString()).AsMemory() : text;
    }

    private static string Pooled(ReadOnlySpan<char> value, ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> pool)
    {
        if (pool.TryGetValue(value, out var known)) return known;
        var text = value.ToString();
        return pool.Dictionary.GetOrAdd(text, text);
    }
}
