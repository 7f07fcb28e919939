using System.Buffers;
using System.Text;
using Scriban.Runtime;

namespace Briefing.Rendering;

/// <summary>
/// A Scriban output that one render thread reuses page after page, so a page's text is not copied into a fresh
/// builder, then a string, then bytes; <see cref="Utf8"/> encodes it into a byte buffer that is also reused.
/// Text that already exists elsewhere is spliced in by reference, not copied: another buffer (the page body inside
/// the layout) or UTF-8 bytes (a Markdown body, a partial's remembered output).
/// </summary>
public sealed class TextBuffer : IScriptOutput
{
    private readonly Encoder _encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false).GetEncoder();
    private readonly List<(int At, object Piece)> _splices = []; // a TextBuffer or UTF-8 bytes, at a position in Text
    private byte[] _bytes = [];

    private const int Capacity = 64 * 1024;

    /// <summary>The text written so far (spliced parts are not in it).</summary>
    public StringBuilder Text { get; private set; } = new(Capacity);

    /// <summary>
    /// Empties the buffer for the next page. After a page longer than the first block, a fresh builder: clearing
    /// a builder of many blocks would fold them into one array as large as that page, for every page after it.
    /// </summary>
    public void Clear()
    {
        if (Text.Length > Capacity) Text = new StringBuilder(Capacity);
        else Text.Clear();
        _splices.Clear();
    }

    /// <summary>The length of the whole text, spliced parts included (UTF-8 parts counted in bytes, never fewer than their characters).</summary>
    public long Length
    {
        get
        {
            long length = Text.Length;
            foreach (var (_, piece) in _splices) length += piece is TextBuffer buffer ? buffer.Length : ((byte[])piece).Length;
            return length;
        }
    }

    /// <summary>How many pieces have been spliced in since the last <see cref="Clear"/>.</summary>
    public int SpliceCount => _splices.Count;

    /// <summary>Puts <paramref name="other"/>'s text at the current end; it must not change until this buffer is encoded or cleared.</summary>
    public void Splice(TextBuffer other) => _splices.Add((Text.Length, other));

    /// <summary>Puts UTF-8 text at the current end; the array must not change.</summary>
    public void SpliceUtf8(byte[] utf8)
    {
        if (utf8.Length > 0) _splices.Add((Text.Length, utf8));
    }

    /// <inheritdoc />
    public void Write(string text, int offset, int count) => Text.Append(text, offset, count);

    /// <inheritdoc />
    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Text.Append(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>The text as UTF-8, valid until the next call (the bytes live in a buffer this instance reuses).</summary>
    public ReadOnlySpan<byte> Utf8()
    {
        // Pages are mostly ASCII: start at one byte per character and grow only when the text needs more.
        var length = (int)Math.Min(Length, Array.MaxLength);
        if (_bytes.Length < length + 16) _bytes = new byte[Math.Min(Array.MaxLength, length + length / 8 + 16)];
        _encoder.Reset();
        var written = 0;
        // One encoder across all text pieces, so a surrogate pair split between two blocks is still encoded whole.
        foreach (var (chars, utf8) in Pieces())
        {
            if (utf8 is null)
            {
                written = Encode(chars.Span, written, flush: false);
                continue;
            }

            written = Encode([], written, flush: true);
            if (_bytes.Length - written < utf8.Length) Array.Resize(ref _bytes, checked(Math.Max(_bytes.Length * 2, written + utf8.Length + 16)));
            utf8.CopyTo(_bytes, written);
            written += utf8.Length;
        }

        written = Encode([], written, flush: true);
        return _bytes.AsSpan(0, written);
    }

    /// <summary>
    /// UTF-8 of everything written since position <paramref name="start"/> of <see cref="Text"/>, when
    /// <paramref name="splices"/> pieces had been spliced in: the text and the pieces spliced since, in order.
    /// </summary>
    public byte[] Utf8Since(int start, int splices)
    {
        if (splices == _splices.Count) return Briefing.Text.Utf8Text.Encode(Text, start);
        var output = new ArrayBufferWriter<byte>();
        for (var i = splices; i < _splices.Count; i++)
        {
            var (at, piece) = _splices[i];
            output.Write(Briefing.Text.Utf8Text.Encode(Text, start, at - start));
            output.Write(piece is TextBuffer buffer ? buffer.Utf8() : (byte[])piece);
            start = at;
        }

        output.Write(Briefing.Text.Utf8Text.Encode(Text, start));
        return output.WrittenSpan.ToArray();
    }

    private int Encode(ReadOnlySpan<char> text, int written, bool flush)
    {
        while (true)
        {
            _encoder.Convert(text, _bytes.AsSpan(written), flush, out var used, out var produced, out var completed);
            written += produced;
            text = text[used..];
            if (completed && text.IsEmpty) return written;
            if (_bytes.Length - written < 16) Array.Resize(ref _bytes, checked(_bytes.Length * 2));
        }
    }

    // The text in order: this buffer's blocks, cut where other pieces were spliced in (spliced buffers in turn).
    private IEnumerable<(ReadOnlyMemory<char> Chars, byte[]? Utf8)> Pieces()
    {
        var offset = 0;
        var next = 0;
        foreach (var block in Blocks())
        {
            var rest = block;
            while (next < _splices.Count && _splices[next].At <= offset + rest.Length)
            {
                var cut = _splices[next].At - offset;
                if (cut > 0) yield return (rest[..cut], null);
                if (_splices[next].Piece is TextBuffer buffer) foreach (var inner in buffer.Pieces()) yield return inner;
                else yield return (default, (byte[])_splices[next].Piece);
                rest = rest[cut..];
                offset += cut;
                next++;
            }

            if (!rest.IsEmpty) yield return (rest, null);
            offset += rest.Length;
        }
    }

    // The builder's blocks, then an empty one at the end of the text, where the pieces spliced after it go.
    private IEnumerable<ReadOnlyMemory<char>> Blocks()
    {
        foreach (var block in Text.GetChunks()) yield return block;
        yield return ReadOnlyMemory<char>.Empty;
    }

    /// <summary>
    /// The buffer a template's output goes straight into, or null when it goes elsewhere (a <c>capture</c>) or
    /// Scriban would indent it: only then may generated HTML be spliced or written in place without a string.
    /// </summary>
    public static TextBuffer? Target(Scriban.TemplateContext context) =>
        context.Output is TextBuffer buffer && context.EnableOutput && string.IsNullOrEmpty(context.CurrentIndent) ? buffer : null;

    /// <inheritdoc />
    public override string ToString()
    {
        var text = new StringBuilder((int)Math.Min(Length, Array.MaxLength));
        foreach (var (chars, utf8) in Pieces())
        {
            if (utf8 is null) text.Append(chars.Span);
            else text.Append(Encoding.UTF8.GetString(utf8));
        }

        return text.ToString();
    }
}
