using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Briefing.Rendering;

/// <summary>
/// What partials wrote, by <see cref="FragmentKey"/>, for one render: a quote, an event or a briefing card appears on
/// many pages (its briefing, its people, its countries, the indexes) and is rendered once for each set of inputs.
/// Kept as UTF-8, at most <c>maxBytes</c> of it; past that, fragments are rendered every time, as without it.
/// </summary>
public sealed class FragmentCache(long maxBytes)
{
    private readonly ConcurrentDictionary<FragmentKey, byte[]> _fragments = new(Environment.ProcessorCount, 1 << 12);
    private long _bytes;
    private long _hits;

    /// <summary>Includes answered from the cache, fragments kept, bytes kept.</summary>
    public FragmentCounts Counts => new(Interlocked.Read(ref _hits), _fragments.Count, Interlocked.Read(ref _bytes));

    /// <summary>The text stored for <paramref name="key"/>, if any.</summary>
    public bool TryGet(FragmentKey key, out byte[] utf8)
    {
        if (!_fragments.TryGetValue(key, out utf8!)) return false;
        Interlocked.Increment(ref _hits);
        return true;
    }

    /// <summary>Stores <paramref name="utf8"/> for <paramref name="key"/> while the cache has room.</summary>
    public void Add(FragmentKey key, byte[] utf8)
    {
        if (Interlocked.Read(ref _bytes) + utf8.Length > maxBytes) return;
        if (_fragments.TryAdd(key, utf8)) Interlocked.Add(ref _bytes, utf8.Length);
    }
}

/// <summary>A partial's path and the values it reads, compared by value (views by the node they show).</summary>
public sealed class FragmentKey : IEquatable<FragmentKey>
{
    private readonly object?[] _parts;
    private readonly int _hash;

    /// <summary>A key of the given parts: strings, numbers, booleans, nulls, <see cref="ViewIdentity"/>s, builtin objects, and (member path, depth, value) tuples.</summary>
    public FragmentKey(object?[] parts)
    {
        _parts = parts;
        var hash = new HashCode();
        foreach (var part in parts) hash.Add(part);
        _hash = hash.ToHashCode();
    }

    /// <inheritdoc />
    public bool Equals(FragmentKey? other)
    {
        if (other is null || other._hash != _hash || other._parts.Length != _parts.Length) return false;
        for (var i = 0; i < _parts.Length; i++)
            if (!Equals(_parts[i], other._parts[i])) return false;
        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FragmentKey);

    /// <inheritdoc />
    public override int GetHashCode() => _hash;
}

/// <summary>Which node a view shows, and as what: equal when both are the same objects.</summary>
public readonly struct ViewIdentity(object shape, object node) : IEquatable<ViewIdentity>
{
    private readonly object _shape = shape;
    private readonly object _node = node;

    /// <inheritdoc />
    public bool Equals(ViewIdentity other) => ReferenceEquals(_shape, other._shape) && ReferenceEquals(_node, other._node);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ViewIdentity other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(RuntimeHelpers.GetHashCode(_shape), RuntimeHelpers.GetHashCode(_node));
}
