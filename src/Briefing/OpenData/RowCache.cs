namespace Briefing.OpenData;

/// <summary>
/// One format's bytes of each row (an event or a quote, by its index in the graph), made the first time a file asks
/// for it: a row is in the site's file and in each of its countries' files, so it is formatted once per build, not
/// once per file. Files are made on several threads; the first bytes stored win (every thread makes the same).
/// </summary>
internal sealed class RowCache<T>(int count, Func<T, int> index)
{
    private readonly byte[]?[] _rows = new byte[]?[count];

    /// <summary>The bytes of each of <paramref name="nodes"/>, made by <paramref name="make"/> for those no file has asked for before.</summary>
    public List<byte[]> Rows(IReadOnlyList<T> nodes, Func<T, byte[]> make)
    {
        var rows = new List<byte[]>(nodes.Count);
        foreach (var node in nodes)
        {
            var i = index(node);
            rows.Add(Volatile.Read(ref _rows[i]) ?? Interlocked.CompareExchange(ref _rows[i], make(node), null) ?? _rows[i]!);
        }

        return rows;
    }

    /// <summary>Lets go of every row made: called once the files that share them are made (a file made later makes its rows again).</summary>
    public void Clear() => Array.Clear(_rows);
}
