using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Briefing.Rendering;

/// <summary>The members a <see cref="LazyView{T}"/> of one kind of node has, in order, and how each is computed.</summary>
public sealed class ViewShape<T>
{
    private readonly Dictionary<string, int> _index;

    /// <summary>A shape from name/getter pairs.</summary>
    public ViewShape(params (string Name, Func<Views, T, object?> Get)[] members)
    {
        Members = members;
        _index = members.Select((m, i) => (m.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
    }

    /// <summary>The members, in order.</summary>
    public IReadOnlyList<(string Name, Func<Views, T, object?> Get)> Members { get; }

    /// <summary>The position of <paramref name="name"/>, or -1.</summary>
    public int IndexOf(string name) => _index.GetValueOrDefault(name, -1);
}

/// <summary>A view whose values are fixed by the node it shows.</summary>
public interface ILazyView
{
    /// <summary>What kind of view it is: with <see cref="Node"/>, two views with the same of both show the same values.</summary>
    object Shape { get; }

    /// <summary>The node it shows.</summary>
    object Node { get; }
}

/// <summary>
/// A read-only object a template sees for one briefing, quote or event: a fixed set of members, each computed
/// from the node the first time the template reads it. Built per page and dropped with it, so a large site never
/// holds a dictionary per node for the whole render (the views of 100,000 briefings took gigabytes that way).
/// Like a ScriptObject, it gives templates strings, numbers, lists and other views, never a .NET object.
/// </summary>
public sealed class LazyView<T>(Views views, T node, ViewShape<T> shape) : IScriptObject, ILazyView
    where T : class
{
    /// <inheritdoc />
    public object Shape => shape;

    /// <inheritdoc />
    public object Node => node;

    private static readonly object Unread = new();
    private object?[]? _values;

    /// <inheritdoc />
    public int Count => shape.Members.Count;

    /// <inheritdoc />
    public bool IsReadOnly
    {
        get => true;
        set { }
    }

    /// <inheritdoc />
    public IEnumerable<string> GetMembers() => shape.Members.Select(m => m.Name);

    /// <inheritdoc />
    public bool Contains(string member) => shape.IndexOf(member) >= 0;

    /// <inheritdoc />
    public bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        var index = shape.IndexOf(member);
        if (index < 0)
        {
            value = null;
            return false;
        }

        if (_values is null)
        {
            _values = new object?[shape.Members.Count];
            Array.Fill(_values, Unread);
        }

        if (ReferenceEquals(_values[index], Unread)) _values[index] = shape.Members[index].Get(views, node);
        value = _values[index];
        return true;
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
    public IScriptObject Clone(bool deep) => new LazyView<T>(views, node, shape);
}
