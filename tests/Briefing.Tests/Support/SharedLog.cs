using System.Text;

namespace Briefing.Tests.Support;

/// <summary>
/// A text writer that a server's threads write to while a test reads it. <see cref="TextWriter.Synchronized"/> locks
/// its wrapper, not the <see cref="StringWriter"/> behind it, so a test reading that writer races with the writes.
/// </summary>
public sealed class SharedLog : TextWriter
{
    private readonly StringBuilder _text = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (_text) _text.Append(value);
    }

    public override void Write(string? value)
    {
        lock (_text) _text.Append(value);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        lock (_text) _text.Append(buffer, index, count);
    }

    public override string ToString()
    {
        lock (_text) return _text.ToString();
    }
}
