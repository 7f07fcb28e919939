namespace Briefing.Cli.Serving;

/// <summary>
/// Watches folders for any change and reports when they have been quiet for a moment. Editors save in odd ways
/// (a temporary file renamed over the old one, truncate then write, two writes in a row, delete and recreate), so
/// no single event is trusted: each only says "look again", and the rebuild reads the folders as they are once
/// the events stop. A folder that disappears (or whose watcher fails) is watched again when it comes back.
/// </summary>
public sealed class ChangeWatcher : IDisposable
{
    private readonly string[] _folders;
    private readonly TimeSpan _quiet;
    private readonly SemaphoreSlim _signal = new(0);
    private readonly Lock _gate = new();
    private readonly Dictionary<string, FileSystemWatcher> _watchers = new(StringComparer.Ordinal);
    private readonly List<FileSystemWatcher> _parents = [];
    private long _changes;

    /// <summary>Watches <paramref name="folders"/>; a change is reported after <paramref name="quiet"/> without another.</summary>
    public ChangeWatcher(IEnumerable<string> folders, TimeSpan quiet)
    {
        _folders = folders.Distinct(StringComparer.Ordinal).ToArray();
        _quiet = quiet;
        // The folder itself deleted, renamed or made again: seen from its parent, whose watcher outlives it.
        foreach (var folder in _folders)
        {
            var parent = Path.GetDirectoryName(folder);
            if (parent is null || !Directory.Exists(parent)) continue;
            var watcher = new FileSystemWatcher(parent, Path.GetFileName(folder)) { NotifyFilter = NotifyFilters.DirectoryName };
            watcher.Created += (_, _) => Drop(folder);
            watcher.Deleted += (_, _) => Drop(folder);
            watcher.Renamed += (_, _) => Drop(folder);
            watcher.EnableRaisingEvents = true;
            _parents.Add(watcher);
        }

        Rewatch();
    }

    /// <summary>Waits until something changed and then nothing more for the quiet time; false when stopped.</summary>
    public async Task<bool> WaitForChange(CancellationToken stopped)
    {
        try
        {
            // A missing folder has no watcher: look for it coming back once a second.
            while (!await _signal.WaitAsync(TimeSpan.FromSeconds(1), stopped))
                if (Rewatch()) break;
            Rewatch();
            var seen = Interlocked.Read(ref _changes);
            while (true)
            {
                await Task.Delay(_quiet, stopped);
                var now = Interlocked.Read(ref _changes);
                if (now == seen) break;
                seen = now;
            }

            while (_signal.CurrentCount > 0) await _signal.WaitAsync(stopped); // these events are part of this change
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    // Starts a watcher for each folder that exists and has none; true when one was started (the folder is back).
    private bool Rewatch()
    {
        var started = false;
        lock (_gate)
        {
            foreach (var folder in _folders)
            {
                if (_watchers.ContainsKey(folder) || !Directory.Exists(folder)) continue;
                var watcher = new FileSystemWatcher(folder)
                {
                    IncludeSubdirectories = true,
                    NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
                    InternalBufferSize = 64 * 1024,
                };
                watcher.Changed += (_, _) => Changed();
                watcher.Created += (_, _) => Changed();
                watcher.Deleted += (_, _) => Changed();
                watcher.Renamed += (_, _) => Changed();
                // An overflow or a folder deleted under the watcher: read everything again, and watch it anew when it exists.
                watcher.Error += (_, _) => Drop(folder);
                watcher.EnableRaisingEvents = true;
                _watchers[folder] = watcher;
                started = true;
            }

            foreach (var (folder, watcher) in _watchers.ToList())
                if (!Directory.Exists(folder)) Drop(folder);
        }

        return started;
    }

    private void Drop(string folder)
    {
        lock (_gate)
        {
            if (_watchers.Remove(folder, out var watcher)) watcher.Dispose();
        }

        Changed();
    }

    private void Changed()
    {
        Interlocked.Increment(ref _changes);
        _signal.Release();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var watcher in _watchers.Values.Concat(_parents)) watcher.Dispose();
            _watchers.Clear();
            _parents.Clear();
        }

        _signal.Dispose();
    }
}
