using System.Text;

namespace Briefing.Rendering;

/// <summary>
/// HTML the generator made itself (rendered Markdown, a rendered page body): the one kind of value templates write
/// unescaped. A page body stays in its render buffer and is copied straight into the layout's output.
/// </summary>
public sealed class SafeHtml
{
    private readonly StringBuilder? _buffer;
    private string? _value;

    /// <summary>Markup held as a string.</summary>
    public SafeHtml(string value) => _value = value;

    /// <summary>Markup still in a render buffer; the buffer must not change while this value is in use.</summary>
    public SafeHtml(StringBuilder buffer) => _buffer = buffer;

    /// <summary>The markup.</summary>
    public string Value => _value ??= _buffer!.ToString();

    /// <summary>Appends the markup to <paramref name="target"/> without making a string of it.</summary>
    public void AppendTo(StringBuilder target)
    {
        if (_value is null && _buffer is not null) target.Append(_buffer);
        else target.Append(_value);
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
