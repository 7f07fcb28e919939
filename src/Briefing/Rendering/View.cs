using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Briefing.Rendering;

/// <summary>
/// The one kind of object templates see: read-only, with the members of its <see cref="ViewShape"/>. A view either
/// holds its values (a date, a link, a page's own facts) or shows one graph node and computes each member the
/// first time a template reads it (a briefing card, a quote, an event), so a page builds only what it shows and a
/// large site never holds a view per node for the whole render. Like a ScriptObject it gives templates strings,
/// numbers, lists and other views, never a .NET object. Its <see cref="Fingerprint"/> says what it shows.
/// </summary>
public sealed class View : IScriptObject, IDictionary<string, object?>
{
    private static readonly object Unread = new();
    private readonly ViewShape _shape;
    private readonly Views? _views;
    private readonly object? _node;
    private readonly object?[] _values;
    private UInt128 _fingerprint;

    /// <summary>A view holding <paramref name="values"/>, one per name of <paramref name="shape"/>.</summary>
    public View(ViewShape shape, params object?[] values)
    {
        if (shape.Getters is not null || values.Length != shape.Names.Length) throw new ArgumentException($"a {shape.Name} view takes one value per member", nameof(values));
        (_shape, _values) = (shape, values);
    }

    /// <summary>
    /// A view of <paramref name="node"/>, its members computed by <paramref name="shape"/> when read;
    /// <paramref name="index"/> is the node's position in its list in the graph.
    /// </summary>
    public View(ViewShape shape, Views views, object node, int index)
    {
        if (shape.Getters is null) throw new ArgumentException($"a {shape.Name} view is given its values", nameof(shape));
        (_shape, _views, _node, _values, NodeIndex) = (shape, views, node, new object?[shape.Names.Length], index);
        Array.Fill(_values, Unread);
    }

    /// <summary>Its shape.</summary>
    public ViewShape Shape => _shape;

    /// <summary>The node it shows, or null for a view that holds its values.</summary>
    public object? Node => _node;

    /// <summary>The position of <see cref="Node"/> in its list in the graph (where its fingerprint is kept per render).</summary>
    public int NodeIndex { get; }

    /// <summary>
    /// A 128-bit hash of everything the view shows (member names and values, nested views and lists included): two
    /// views with the same fingerprint render the same. Worked out once per view, and for a node once per render.
    /// </summary>
    public UInt128 Fingerprint
    {
        get
        {
            if (_fingerprint != UInt128.Zero) return _fingerprint;
            return _fingerprint = _views is null ? ViewFingerprint.Compute(this) : _views.FingerprintOf(this);
        }
    }

    /// <summary>The value of member <paramref name="index"/> (computed on first read for a view of a node).</summary>
    public object? ValueAt(int index)
    {
        var value = _values[index];
        if (!ReferenceEquals(value, Unread)) return value;
        return _values[index] = _shape.Getters![index](_views!, _node!);
    }

    /// <inheritdoc />
    public int Count => _values.Length;

    /// <inheritdoc />
    public bool IsReadOnly
    {
        get => true;
        set { }
    }

    /// <inheritdoc />
    public IEnumerable<string> GetMembers() => _shape.Names;

    /// <inheritdoc />
    public bool Contains(string member) => _shape.IndexOf(member) >= 0;

    /// <inheritdoc />
    public bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        var index = _shape.IndexOf(member);
        value = index < 0 ? null : ValueAt(index);
        return index >= 0;
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
    public IScriptObject Clone(bool deep) => this; // read-only: a copy would show the same

    // IDictionary, read-only: what Scriban's object functions (object.has_key, object.size) and `for m in view` take.

    /// <inheritdoc />
    public object? this[string key]
    {
        get => TryGetValue(null, default, key, out var value) ? value : throw new KeyNotFoundException(key);
        set => throw new NotSupportedException("views are read-only");
    }

    /// <inheritdoc />
    public ICollection<string> Keys => _shape.Names;

    /// <inheritdoc />
    public ICollection<object?> Values => Enumerable.Range(0, _values.Length).Select(ValueAt).ToArray();

    /// <inheritdoc />
    public bool ContainsKey(string key) => Contains(key);

    /// <inheritdoc />
    public bool TryGetValue(string key, out object? value) => TryGetValue(null, default, key, out value);

    /// <inheritdoc />
    public bool Contains(KeyValuePair<string, object?> item) => TryGetValue(item.Key, out var value) && Equals(value, item.Value);

    /// <inheritdoc />
    public void CopyTo(KeyValuePair<string, object?>[] array, int arrayIndex)
    {
        foreach (var pair in this) array[arrayIndex++] = pair;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _values.Length; i++) yield return new KeyValuePair<string, object?>(_shape.Names[i], ValueAt(i));
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public void Add(string key, object? value) => throw new NotSupportedException("views are read-only");

    /// <inheritdoc />
    public void Add(KeyValuePair<string, object?> item) => throw new NotSupportedException("views are read-only");

    /// <inheritdoc />
    public void Clear() => throw new NotSupportedException("views are read-only");

    /// <inheritdoc />
    bool IDictionary<string, object?>.Remove(string key) => false;

    /// <inheritdoc />
    public bool Remove(KeyValuePair<string, object?> item) => false;

    /// <summary>The members as Scriban prints an object: <c>{iso: "2024-05-01", display: "1 May 2024"}</c>.</summary>
    public override string ToString() =>
        "{" + string.Join(", ", _shape.Names.Select((name, i) => name + ": " + Text(ValueAt(i)))) + "}";

    private static string Text(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
