namespace Briefing.Rendering;

/// <summary>
/// The members one kind of <see cref="View"/> has, in order, and for a view of a graph node how each member is
/// computed from the node. Shapes are made once; every view of the kind shares one.
/// </summary>
public sealed class ViewShape
{
    private readonly Dictionary<string, int>? _index;

    private ViewShape(string name, string[] names, Func<Views, object, object?>[]? getters)
    {
        Name = name;
        Names = names;
        Getters = getters;
        // A few names are compared in a loop faster than they are hashed; large shapes get a table.
        if (names.Length > 8) _index = names.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i, StringComparer.Ordinal);
    }

    /// <summary>What the shape is called in fingerprints and messages (<c>card</c>, <c>quote</c>, ...).</summary>
    public string Name { get; }

    /// <summary>The member names, in order.</summary>
    public string[] Names { get; }

    /// <summary>How each member is computed from the node, or null for a shape whose values are given when a view is made.</summary>
    internal Func<Views, object, object?>[]? Getters { get; }

    /// <summary>A shape whose views are given their values when made.</summary>
    public static ViewShape Of(string name, params string[] names) => new(name, names, null);

    /// <summary>A shape whose views show a node of type <typeparamref name="T"/>, each member computed when first read.</summary>
    public static ViewShape Of<T>(string name, params (string Name, Func<Views, T, object?> Get)[] members) where T : class =>
        new(name, members.Select(m => m.Name).ToArray(), members.Select(m => (Func<Views, object, object?>)((v, node) => m.Get(v, (T)node))).ToArray());

    /// <summary>The position of <paramref name="member"/>, or -1.</summary>
    public int IndexOf(string member)
    {
        if (_index is not null) return _index.GetValueOrDefault(member, -1);
        for (var i = 0; i < Names.Length; i++)
            if (string.Equals(Names[i], member, StringComparison.Ordinal)) return i;
        return -1;
    }
}
