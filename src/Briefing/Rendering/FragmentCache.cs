using System.Collections.Concurrent;

namespace Briefing.Rendering;

/// <summary>
/// What partials wrote, by <see cref="FragmentKey"/>, for one render: a quote, an event or a briefing card appears on
/// many pages (its briefing, its people, its countries, the indexes) and is rendered once for each set of inputs.
/// Kept as UTF-8, at most <c>maxBytes</c> of it; past that, fragments are rendered every time, as without it.
/// <c>pages</c> is how many pages the render makes.
/// </summary>
public sealed class FragmentCache(long maxBytes, int pages)
{
    // Sized for a few fragments per page up front: growing means taking every lock and rehashing everything.
    private readonly ConcurrentDictionary<FragmentKey, byte[]> _fragments = new(Environment.ProcessorCount, Math.Clamp(8 * pages, 1 << 10, 1 << 20));
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

/// <summary>
/// A partial (its <see cref="PartialInputs"/>) and the values it read, compared part by part: strings and numbers by
/// value, nodes, view shapes, member paths and builtin objects by reference (none of them overrides Equals). A key
/// is made in its thread's reusable probe (<see cref="Probe"/>), so looking up a partial allocates nothing; only a
/// key that is kept is copied (<see cref="Keep"/>).
/// </summary>
public sealed class FragmentKey : IEquatable<FragmentKey>
{
    [ThreadStatic]
    private static FragmentKey? _probe;

    private object?[] _parts;
    private int _count;
    private int? _hash; // of the parts, worked out when first asked for

    private FragmentKey(object?[] parts, int count, int? hash)
    {
        _parts = parts;
        _count = count;
        _hash = hash;
    }

    /// <summary>This thread's reusable key, emptied: valid until the next call on this thread.</summary>
    public static FragmentKey Probe()
    {
        var key = _probe ??= new FragmentKey(new object?[16], 0, null);
        (key._count, key._hash) = (0, null);
        return key;
    }

    /// <summary>Appends a part.</summary>
    public void Add(object? part)
    {
        if (_count == _parts.Length) Array.Resize(ref _parts, _parts.Length * 2);
        (_parts[_count++], _hash) = (part, null);
    }

    /// <summary>Takes the last part off again.</summary>
    public void RemoveLast() => (_count, _hash) = (_count - 1, null);

    /// <summary>A copy that owns its parts, to store: a probe is reused by the next include on the thread.</summary>
    public FragmentKey Keep() => new(_parts[.._count], _count, _hash);

    /// <inheritdoc />
    public bool Equals(FragmentKey? other)
    {
        if (other is null || other._count != _count || other.GetHashCode() != GetHashCode()) return false;
        for (var i = 0; i < _count; i++)
            if (!Equals(_parts[i], other._parts[i])) return false;
        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FragmentKey);

    /// <inheritdoc />
    public override int GetHashCode() => _hash ??= Hash(_parts.AsSpan(0, _count));

    private static int Hash(ReadOnlySpan<object?> parts)
    {
        var hash = new HashCode();
        foreach (var part in parts) hash.Add(part);
        return hash.ToHashCode();
    }
}
