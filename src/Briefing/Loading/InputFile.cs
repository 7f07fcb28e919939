namespace Briefing.Loading;

/// <summary>
/// A file of the input or the theme: its path relative to its root (with '/') and its bytes. A file found on
/// disk is read only when its bytes are first asked for, so a large site is never held in memory whole.
/// </summary>
public sealed class InputFile
{
    private readonly byte[]? _bytes;
    private readonly string? _fullPath;

    /// <summary>A file whose bytes are already in memory (tests, generated input).</summary>
    public InputFile(string path, byte[] bytes) => (Path, _bytes) = (path, bytes);

    private InputFile(string path, string fullPath, (long, long)? stamp) => (Path, _fullPath, Stamp) = (path, fullPath, stamp);

    /// <summary>Path relative to the input or theme folder, with '/'.</summary>
    public string Path { get; }

    /// <summary>
    /// For a file on disk, its length and last write time when it was listed: a file whose stamp has not changed
    /// since an earlier build need not be read again (what make and every preview server trust). Null in memory.
    /// </summary>
    public (long Length, long WriteTicks)? Stamp { get; }

    /// <summary>The file's bytes; a file on disk is read at each call, so callers read it once.</summary>
    public byte[] Bytes => _bytes ?? File.ReadAllBytes(_fullPath!);

    /// <summary>A file on disk, read later.</summary>
    public static InputFile OnDisk(string path, string fullPath, (long Length, long WriteTicks)? stamp = null) => new(path, fullPath, stamp);

    /// <summary>The same file under another relative path.</summary>
    public InputFile WithPath(string path) => _bytes is not null ? new InputFile(path, _bytes) : new InputFile(path, _fullPath!, Stamp);
}
