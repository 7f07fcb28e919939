using System.Text;
using Scriban.Runtime;

namespace Briefing.Rendering;

/// <summary>
/// A Scriban output that one render thread reuses page after page, so a page's text is not copied into a fresh
/// builder, then a string, then bytes; <see cref="Utf8"/> encodes it into a byte buffer that is also reused.
/// </summary>
public sealed class TextBuffer : IScriptOutput
{
    private readonly Encoder _encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false).GetEncoder();
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
        if (_bytes.Length < Text.Length + 16) _bytes = new byte[Text.Length + Text.Length / 8 + 16];
        _encoder.Reset();
        var written = 0;
        var chunks = Text.GetChunks();
        var more = chunks.MoveNext();
        var chunk = more ? chunks.Current.Span : [];
        while (true)
        {
            // One encoder across chunks, so a surrogate pair split between two chunks is still encoded whole.
            var last = !more;
            _encoder.Convert(chunk, _bytes.AsSpan(written), flush: last, out var used, out var produced, out var completed);
            written += produced;
            chunk = chunk[used..];
            if (completed && chunk.IsEmpty)
            {
                if (last) return _bytes.AsSpan(0, written);
                more = chunks.MoveNext();
                chunk = more ? chunks.Current.Span : [];
            }
            else if (_bytes.Length - written < 16)
            {
                Array.Resize(ref _bytes, checked(_bytes.Length * 2));
            }
        }
    }

    /// <inheritdoc />
    public override string ToString() => Text.ToString();
}
