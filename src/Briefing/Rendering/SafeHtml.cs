using System.Text;

namespace Briefing.Rendering;

/// <summary>
/// HTML the generator made itself (rendered Markdown, a rendered page body): the one kind of value templates write
/// unescaped. A page body stays in its render buffer and is copied straight into the layout's output.
/// </summary>
public sealed class SafeHtml
{
    private readonly TextBuffer? _buffer;
    private readonly byte[]? _utf8;
    private string? _value;

    /// <summary>Markup held as a string.</summary>
    public SafeHtml(string value) => _value = value;

    /// <summary>Markup still in a render buffer; the buffer must not change while this value is in use.</summary>
    public SafeHtml(TextBuffer buffer) => _buffer = buffer;

    /// <summary>Markup as UTF-8 (a Markdown body as it is kept in memory).</summary>
    public SafeHtml(byte[] utf8) => _utf8 = utf8;

    /// <summary>The markup.</summary>
    public string Value => _value ??= _buffer?.ToString() ?? Encoding.UTF8.GetString(_utf8!);

    /// <summary>Writes the markup into <paramref name="target"/> without making a string of it (a buffer or UTF-8 is spliced in).</summary>
    public void WriteTo(TextBuffer target)
    {
        if (_value is not null)
        {
            target.Text.Append(_value);
        }
        else if (_buffer is not null)
        {
            target.Splice(_buffer);
        }
        else
        {
            target.SpliceUtf8(_utf8!);
        }
    }

    /// <summary>Adds the markup to a fingerprint (see <see cref="ViewFingerprint"/>).</summary>
    internal void AppendTo(System.IO.Hashing.XxHash128 hash)
    {
        if (_utf8 is not null) hash.Append(_utf8);
        else hash.Append(System.Runtime.InteropServices.MemoryMarshal.AsBytes(Value.AsSpan()));
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
