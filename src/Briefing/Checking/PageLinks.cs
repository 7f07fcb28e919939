using System.Buffers;
using System.IO.Hashing;
using System.Net;
using System.Text;
using Briefing.Text;

namespace Briefing.Checking;

/// <summary>
/// What the link check needs to know of one built page: the hrefs it links to and the ids it defines. Both are kept
/// as the page's own UTF-8 bytes, an array of each per page: no string, pool or set per link while pages render, and
/// nothing inside for the garbage collector to trace (the check reads them once, at the end).
/// </summary>
public sealed class PageLinks
{
    // Each href, then each id, as a 4-byte length and its UTF-8.
    private readonly byte[] _hrefs;
    private readonly byte[] _ids;
    private HashSet<string>? _idSet;
    private (ulong Hash, int At)[]? _idIndex;

    private PageLinks(string path, string? sourcePath, byte[] hrefs, byte[] ids) =>
        (Path, SourcePath, _hrefs, _ids) = (path, sourcePath, hrefs, ids);

    /// <summary>The page's output path.</summary>
    public string Path { get; }

    /// <summary>The input file the page was made from, if any.</summary>
    public string? SourcePath { get; }

    /// <summary>The ids the page defines (made into a set when first asked for: only pages that links point into need one).</summary>
    public IReadOnlySet<string> Ids => IdSet;

    private HashSet<string> IdSet => LazyInitializer.EnsureInitialized(ref _idSet, () =>
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in new ValueReader(_ids)) ids.Add(Encoding.UTF8.GetString(id));
        return ids;
    });

    /// <summary>True when the page defines <paramref name="id"/>.</summary>
    public bool HasId(ReadOnlySpan<char> id)
    {
        var most = Encoding.UTF8.GetMaxByteCount(id.Length);
        Span<byte> utf8 = most <= 1024 ? stackalloc byte[most] : new byte[most];
        utf8 = utf8[..Encoding.UTF8.GetBytes(id, utf8)];

        // Most pages define a few ids: comparing bytes beats any index.
        if (_ids.Length <= 2048)
        {
            foreach (var defined in new ValueReader(_ids))
                if (defined.SequenceEqual(utf8)) return true;
            return false;
        }

        // An archive page defines a thousand: each id's hash and place, sorted, about a tenth of a set of their strings
        // (at 100,000 briefings those sets were half a gigabyte by the end of the check).
        var index = LazyInitializer.EnsureInitialized(ref _idIndex, IndexIds);
        var hash = XxHash3.HashToUInt64(utf8);
        var (low, high) = (0, index.Length);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (index[middle].Hash < hash) low = middle + 1;
            else high = middle;
        }

        for (; low < index.Length && index[low].Hash == hash; low++)
            if (ValueAt(index[low].At).SequenceEqual(utf8)) return true;
        return false;
    }

    private (ulong Hash, int At)[] IndexIds()
    {
        var index = new List<(ulong Hash, int At)>();
        for (var ids = new ValueReader(_ids); ids.MoveNext();) index.Add((XxHash3.HashToUInt64(ids.Current), ids.At));
        index.Sort();
        return [.. index];
    }

    // The value whose 4-byte length is at `at` of the ids.
    private ReadOnlySpan<byte> ValueAt(int at) =>
        _ids.AsSpan(at + 4, System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(_ids.AsSpan(at)));

    /// <summary>The hrefs kept, distinct, in the order they first appear.</summary>
    public IReadOnlyList<string> Hrefs
    {
        get
        {
            var (hrefs, seen) = (new List<string>(), new HashSet<string>(StringComparer.Ordinal));
            foreach (var utf8 in ReadHrefs())
                if (Encoding.UTF8.GetString(utf8) is var href && seen.Add(href)) hrefs.Add(href);
            return hrefs;
        }
    }

    /// <summary>The hrefs kept, as UTF-8, in page order; an href the page repeats comes again.</summary>
    public ValueReader ReadHrefs() => new(_hrefs);

    /// <summary>Steps through kept values, each as UTF-8 (see <see cref="ReadHrefs"/>).</summary>
    public ref struct ValueReader(ReadOnlySpan<byte> values)
    {
        private readonly int _length = values.Length;
        private ReadOnlySpan<byte> _rest = values;

        /// <summary>The current value.</summary>
        public ReadOnlySpan<byte> Current { get; private set; }

        /// <summary>Where the current value (its 4-byte length first) starts among the values.</summary>
        public int At { get; private set; }

        /// <summary>Moves to the next value.</summary>
        public bool MoveNext()
        {
            if (_rest.IsEmpty) return false;
            At = _length - _rest.Length;
            var length = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(_rest);
            Current = _rest.Slice(4, length);
            _rest = _rest[(4 + length)..];
            return true;
        }

        /// <summary>This reader, for <c>foreach</c>.</summary>
        public readonly ValueReader GetEnumerator() => this;
    }

    /// <summary>
    /// Reads the <c>href</c>/<c>src</c> values (hrefs, then srcs, each in page order) and the <c>id</c> values out of
    /// a page's UTF-8 HTML. Hrefs the link check does not judge (<c>https:</c>, <c>mailto:</c>, <c>//host/</c>: see
    /// <see cref="LinkChecker.Checks"/>) are left out, and so are those <paramref name="known"/> says surely name an
    /// output file: there is nothing left to check.
    /// </summary>
    public static PageLinks Extract(string path, string? sourcePath, ReadOnlySpan<byte> html, KnownTargets? known = null)
    {
        var written = Written ??= new ArrayBufferWriter<byte>(64 * 1024);
        var chars = ArrayPool<char>.Shared.Rent(256);
        try
        {
            written.ResetWrittenCount();
            foreach (var attribute in HrefAttributes)
                for (var at = 0; Next(html, attribute, ref at, ref chars, out var raw) is { } value;)
                    if (LinkChecker.Checks(value.Span) && known?.SurelyFine(value.Span) != true) Append(written, raw, value.Span);
            var hrefs = written.WrittenSpan.ToArray();

            written.ResetWrittenCount();
            for (var at = 0; Next(html, IdAttribute, ref at, ref chars, out var raw) is { } value;)
                Append(written, raw, value.Span);
            return new PageLinks(path, sourcePath, hrefs, written.WrittenSpan.ToArray());
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    // This thread's scratch for one page's values, reused page after page.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? Written;

    // Appends a value: the page's bytes as they are, unless HTML entities were decoded out of them.
    private static void Append(ArrayBufferWriter<byte> written, ReadOnlySpan<byte> raw, ReadOnlySpan<char> value)
    {
        var length = raw.IsEmpty ? Encoding.UTF8.GetByteCount(value) : raw.Length;
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(written.GetSpan(4), length);
        written.Advance(4);
        if (raw.IsEmpty) Encoding.UTF8.GetBytes(value, written.GetSpan(length));
        else raw.CopyTo(written.GetSpan(length));
        written.Advance(length);
    }

    private static readonly byte[][] HrefAttributes = [" href=\""u8.ToArray(), " src=\""u8.ToArray()];
    private static readonly byte[] IdAttribute = " id=\""u8.ToArray();

    // The next value of the attribute at or after position, decoded (UTF-8, then HTML entities); null when there is
    // none. `raw` is its bytes in the page, or empty when it had HTML entities to decode.
    private static ReadOnlyMemory<char>? Next(ReadOnlySpan<byte> html, ReadOnlySpan<byte> attribute, ref int position, ref char[] chars, out ReadOnlySpan<byte> raw)
    {
        raw = default;
        var found = html[position..].IndexOf(attribute);
        if (found < 0) return null;
        var start = position + found + attribute.Length;
        var length = html[start..].IndexOf((byte)'"');
        if (length < 0) return null;
        position = start + length;
        raw = html.Slice(start, length);
        var count = Utf8Text.Decode(raw, ref chars).Length; // may swap in a larger buffer
        var text = chars.AsMemory(0, count);
        if (!raw.Contains((byte)'&')) return text;
        raw = default; // entities are decoded: the bytes are not the value
        return WebUtility.HtmlDecode(text.ToString()).AsMemory();
    }
}
