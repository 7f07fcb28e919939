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
        var most = Encoding.UTF8.GetMaxByteCount(Text.Length);
        if (_bytes.Length < most) _bytes = new byte[Math.Max(most, _bytes.Length * 2)];
        _encoder.Reset();
        var written = 0;
        // Chunk by chunk through one encoder, so a surrogate pair split between two chunks is still encoded whole.
        foreach (var chunk in Text.GetChunks())
            written += _encoder.GetBytes(chunk.Span, _bytes.AsSpan(written), flush: false);
        written += _encoder.GetBytes([], _bytes.AsSpan(written), flush: true);
        return _bytes.AsSpan(0, written);
    }

    /// <inheritdoc />
    public override string ToString() => Text.ToString();
}
