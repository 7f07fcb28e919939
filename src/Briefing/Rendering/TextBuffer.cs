using System.Text;
using Scriban.Runtime;

namespace Briefing.Rendering;

/// <summary>
/// A Scriban output that one render thread reuses page after page, so a page's text is not copied into a fresh
/// builder, then a string, then bytes; <see cref="Utf8"/> encodes it into a byte buffer that is also reused.
/// Another buffer's text (the page body inside the layout) is spliced in by reference, not copied.
/// </summary>
public sealed class TextBuffer : IScriptOutput
{
    private readonly Encoder _encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false).GetEncoder();
    private readonly List<(int At, StringBuilder Text)> _splices = [];
    private byte[] _bytes = [];

    private const int Capacity = 64 * 1024;

    /// <summary>The text written so far.</summary>
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

    /// <summary>The length of the whole text, spliced parts included.</summary>
    public long Length => Text.Length + _splices.Sum(s => (long)s.Text.Length);

    /// <summary>How many other buffers have been spliced in since the last <see cref="Clear"/>.</summary>
    public int SpliceCount => _splices.Count;

    /// <summary>Puts <paramref name="text"/> at the current end; it must not change until this buffer is encoded or cleared.</summary>
    public void Splice(StringBuilder text) => _splices.Add((Text.Length, text));

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
        // One encoder across all pieces, so a surrogate pair split between two blocks is still encoded whole.
        foreach (var piece in Pieces()) written = Encode(piece.Span, written, flush: false);
        written = Encode([], written, flush: true);
        return _bytes.AsSpan(0, written);
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

    // The text in order: this buffer's blocks, cut where other buffers' text was spliced in.
    private IEnumerable<ReadOnlyMemory<char>> Pieces()
    {
        var offset = 0;
        var next = 0;
        foreach (var block in Text.GetChunks())
        {
            var rest = block;
            while (next < _splices.Count && _splices[next].At <= offset + rest.Length)
            {
                var cut = _splices[next].At - offset;
                if (cut > 0) yield return rest[..cut];
                foreach (var inner in _splices[next].Text.GetChunks()) yield return inner;
                rest = rest[cut..];
                offset += cut;
                next++;
            }

            if (!rest.IsEmpty) yield return rest;
            offset += rest.Length;
        }

        for (; next < _splices.Count; next++)
            foreach (var inner in _splices[next].Text.GetChunks()) yield return inner;
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
        foreach (var piece in Pieces()) text.Append(piece.Span);
        return text.ToString();
    }
}
