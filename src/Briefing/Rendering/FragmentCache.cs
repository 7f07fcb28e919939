using System.Collections.Concurrent;

namespace Briefing.Rendering;

/// <summary>
/// What partials wrote, as UTF-8, by the fingerprint of the partial and its arguments (see <see cref="IncludeFunction"/>):
/// a quote, an event or a briefing card appears on many pages and is rendered once. A partial sees only its arguments
/// and <c>site</c>, so the key says everything its output depends on and nothing is ever invalidated: an edit makes
/// new keys. The cache lives as long as its owner (one build, or a preview server across rebuilds) and holds at most
/// <c>maxBytes</c>; when full it starts again empty, so a long preview never grows without bound. The views keep the
/// locator maps in one too, by a hash of each set of countries.
/// </summary>
public sealed class FragmentCache(long maxBytes)
{
    private readonly ConcurrentDictionary<UInt128, byte[]> _fragments = new();
    private long _bytes;
    private long _hits;
    private long _misses;

    /// <summary>Includes answered from the cache, includes rendered (kept or not), bytes kept.</summary>
    public FragmentCounts Counts => new(Interlocked.Read(ref _hits), Interlocked.Read(ref _misses), Interlocked.Read(ref _bytes));

    /// <summary>The text stored for <paramref name="key"/>, if any.</summary>
    public bool TryGet(UInt128 key, out byte[] utf8)
    {
        if (_fragments.TryGetValue(key, out utf8!))
        {
            Interlocked.Increment(ref _hits);
            return true;
        }

        return false;
    }

    /// <summary>Counts an include that was rendered (kept or not).</summary>
    public void CountRendered() => Interlocked.Increment(ref _misses);

    /// <summary>Stores <paramref name="utf8"/> under <paramref name="key"/>.</summary>
    public void Add(UInt128 key, byte[] utf8)
    {
        if (utf8.Length > maxBytes) return;
        if (Interlocked.Read(ref _bytes) + utf8.Length > maxBytes)
        {
            lock (_fragments)
            {
                if (Interlocked.Read(ref _bytes) + utf8.Length > maxBytes)
                {
                    _fragments.Clear();
                    Interlocked.Exchange(ref _bytes, 0);
                }
            }
        }

        if (_fragments.TryAdd(key, utf8)) Interlocked.Add(ref _bytes, utf8.Length);
    }
}
