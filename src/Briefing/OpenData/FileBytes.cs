using System.Buffers;

namespace Briefing.OpenData;

/// <summary>
/// A data file's bytes, in an array rented from the shared pool when they were joined from rows: the sink copies what it
/// keeps, so a build of a large site does not leave a large-object-heap array (and the full collections they bring) per file.
/// </summary>
public readonly struct FileBytes(byte[] array, int length, bool rented) : IDisposable
{
    /// <summary>Bytes not from the pool.</summary>
    public FileBytes(byte[] bytes) : this(bytes, bytes.Length, false) { }

    /// <summary>The file.</summary>
    public ReadOnlySpan<byte> Span => array.AsSpan(0, length);

    /// <summary>How many bytes it has.</summary>
    public int Length => length;

    /// <summary>Gives a rented array back to the pool.</summary>
    public void Dispose()
    {
        if (rented) ArrayPool<byte>.Shared.Return(array);
    }
}
