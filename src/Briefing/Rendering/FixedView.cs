using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Briefing.Rendering;

/// <summary>
/// A small read-only object with members fixed when it is made: a date, a link, a source. Pages build hundreds of
/// these; unlike a ScriptObject it holds no dictionary, and a read compares a few short names. Templates read its
/// members and <c>object.keys</c>/<c>object.values</c>; printed whole it shows its members as a ScriptObject does.
/// </summary>
public sealed class FixedView : IScriptObject
{
    private readonly string[] _names;
    private readonly object?[] _values;

    /// <summary>A view of <paramref name="values"/> under <paramref name="names"/> (same length; the names array may be shared).</summary>
    public FixedView(string[] names, params object?[] values)
    {
        if (names.Length != values.Length) throw new ArgumentException("one value per name", nameof(values));
        _names = names;
        _values = values;
    }

    /// <inheritdoc />
    public int Count => _names.Length;

    /// <inheritdoc />
    public bool IsReadOnly
    {
        get => true;
        set { }
    }

    /// <inheritdoc />
    public IEnumerable<string> GetMembers() => _names;

    /// <inheritdoc />
    public bool Contains(string member) => Array.IndexOf(_names, member) >= 0;

    /// <inheritdoc />
    public bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        for (var i = 0; i < _names.Length; i++)
        {
            if (!string.Equals(_names[i], member, StringComparison.Ordinal)) continue;
            value = _values[i];
            return true;
        }

        value = null;
        return false;
    }

    /// <inheritdoc />
    public bool CanWrite(string member) => false;

    /// <inheritdoc />
    public bool TrySetValue(TemplateContext? context, SourceSpan span, string member, object? value, bool readOnly) => false;

    /// <inheritdoc />
    public bool Remove(string member) => false;

    /// <inheritdoc />
    public void SetReadOnly(string member, bool readOnly)
    {
    }

    /// <inheritdoc />
    public IScriptObject Clone(bool deep) => new FixedView(_names, (object?[])_values.Clone());

    /// <summary>The members as Scriban prints an object: <c>{iso: "2024-05-01", display: "1 May 2024"}</c>.</summary>
    public override string ToString() =>
        "{" + string.Join(", ", _names.Select((name, i) => name + ": " + Text(_values[i]))) + "}";

    private static string Text(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
