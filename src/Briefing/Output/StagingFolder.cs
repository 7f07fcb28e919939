using Briefing.Rendering;

namespace Briefing.Output;

/// <summary>
/// The write stage, all or nothing: pages are written into a fresh sibling of the output folder as they are
/// rendered, and <see cref="Commit"/> swaps it in with two renames. Disposed without a commit, it deletes
/// itself, so a failed build leaves the previous site exactly as it was and no temporary folder behind.
/// </summary>
public sealed class StagingFolder : IPageSink, IDisposable
{
    private readonly string _target;
    private readonly string _staging;
    private readonly string _previous;
    private bool _committed;

    /// <summary>Creates an empty staging folder beside <paramref name="outputFolder"/>.</summary>
    public StagingFolder(string outputFolder)
    {
        _target = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(_target) ?? throw new IOException($"cannot write the site to {_target}");
        var name = Path.GetFileName(_target);
        _staging = Path.Combine(parent, $".{name}.new-{Environment.ProcessId}");
        _previous = Path.Combine(parent, $".{name}.old-{Environment.ProcessId}");
        DeleteIfPresent(_staging);
        Directory.CreateDirectory(_staging);
    }

    /// <summary>The staging folder's full path, for tools that work on the written site before the commit (the search indexer).</summary>
    public string Folder => _staging;

    /// <inheritdoc />
    public void Write(string path, ReadOnlySpan<byte> bytes, string? sourcePath)
    {
        var file = Path.Combine(_staging, path);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        // The staging folder is fresh and every output path is written once, so the file is new: CreateNew has
        // nothing to truncate (File.WriteAllBytes opens, locks, then truncates) and fails loudly if that ever changes.
        using var handle = File.OpenHandle(file, FileMode.CreateNew, FileAccess.Write);
        RandomAccess.Write(handle, bytes, 0);
    }

    /// <summary>Replaces the output folder with the staging folder.</summary>
    public void Commit()
    {
        if (Directory.Exists(_target)) Directory.Move(_target, _previous);
        try
        {
            Directory.Move(_staging, _target);
        }
        catch
        {
            if (!Directory.Exists(_target) && Directory.Exists(_previous)) Directory.Move(_previous, _target);
            throw;
        }

        _committed = true;
        DeleteIfPresent(_previous);
    }

    /// <summary>Deletes the staging folder unless it was committed.</summary>
    public void Dispose()
    {
        if (!_committed) DeleteIfPresent(_staging);
    }

    private static void DeleteIfPresent(string folder)
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
