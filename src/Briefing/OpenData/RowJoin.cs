using System.Buffers;

namespace Briefing.OpenData;

/// <summary>
/// A data file from its parts: a head, the rows already made (<see cref="RowCache{T}"/>) with what goes before the first,
/// between two and after the last, and a tail, copied once into a pooled array. A large site's files are tens of megabytes:
/// growing a buffer for each would copy them several times and fill the large-object heap.
/// </summary>
internal static class RowJoin
{
    /// <summary>The file's bytes, in an array from the shared pool.</summary>
    public static FileBytes Join(ReadOnlySpan<byte> head, IReadOnlyList<byte[]> rows, ReadOnlySpan<byte> before, ReadOnlySpan<byte> between,
        ReadOnlySpan<byte> after, ReadOnlySpan<byte> tail)
    {
        long length = head.Length + tail.Length;
        foreach (var row in rows) length += row.Length;
        if (rows.Count > 0) length += before.Length + after.Length + (long)between.Length * (rows.Count - 1);
        if (length > Array.MaxLength) throw new InvalidOperationException($"a data file would be {length} bytes, more than an array holds");
        var file = ArrayPool<byte>.Shared.Rent((int)length);
        var at = file.AsSpan(0, (int)length);
        Put(ref at, head);
        for (var i = 0; i < rows.Count; i++)
        {
            Put(ref at, i == 0 ? before : between);
            Put(ref at, rows[i]);
        }

        if (rows.Count > 0) Put(ref at, after);
        Put(ref at, tail);
        return new FileBytes(file, (int)length, true);
    }

    private static void Put(ref Span<byte> at, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(at);
        at = at[bytes.Length..];
    }
}
