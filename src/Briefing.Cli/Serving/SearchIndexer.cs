using Briefing.Building;
using Briefing.Cli.Search;

namespace Briefing.Cli.Serving;

/// <summary>
/// Keeps the preview's search working: the site's pages are mirrored into a private temporary folder, Pagefind
/// indexes it in the background after each successful rebuild (a burst of edits makes one run), and the index is
/// published under <c>pagefind/</c> in the live site when it is done. Search results can so trail an edit by the
/// time one index takes. Disposing stops a run under way (the Pagefind process it started) and deletes the folder.
/// </summary>
public sealed class SearchIndexer : IAsyncDisposable
{
    private const string Bundle = "pagefind/";
    private readonly LiveSite _site;
    private readonly PagefindTool _tool;
    private readonly TextWriter _error;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"briefing-search-index-{Environment.ProcessId}-{Guid.NewGuid():N}");
    private readonly string _mirror;
    private readonly SemaphoreSlim _wake = new(0);
    private readonly Lock _pending = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private HashSet<string> _changed = new(StringComparer.Ordinal);
    private bool _all;
    private bool _seen;
    private bool _due;

    /// <summary>Starts the background loop for <paramref name="site"/>; nothing is indexed before <see cref="Changed"/>.</summary>
    public SearchIndexer(LiveSite site, PagefindTool tool, TextWriter error)
    {
        (_site, _tool, _error) = (site, tool, error);
        _mirror = Path.Combine(_folder, "site");
        Directory.CreateDirectory(_mirror);
        _loop = Task.Run(Loop);
    }

    private int _published;

    /// <summary>The number of indexes published so far.</summary>
    public int Published => Volatile.Read(ref _published);

    /// <summary>After a successful rebuild: <paramref name="paths"/> changed. The first call mirrors every page.</summary>
    public void Changed(IReadOnlyList<string> paths)
    {
        lock (_pending)
        {
            _all |= !_seen;
            _seen = true;
            _changed.UnionWith(paths);
            _due = true;
        }

        _wake.Release();
    }

    private async Task Loop()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                await _wake.WaitAsync(_stop.Token);
                // Edits come in bursts (a save of several files, an editor writing twice): wait for the quiet.
                await Task.Delay(TimeSpan.FromMilliseconds(150), _stop.Token);
                while (_wake.CurrentCount > 0) await _wake.WaitAsync(_stop.Token);
                HashSet<string>? changed;
                lock (_pending)
                {
                    if (!_due) continue;
                    changed = _all ? null : _changed;
                    (_changed, _all, _due) = (new HashSet<string>(StringComparer.Ordinal), false, false);
                }

                Mirror(changed);
                var output = Path.Combine(_folder, "bundle");
                if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
                if (await _tool.Index(_mirror, output, _stop.Token, background: true) is { } failure)
                {
                    _error.WriteLine($"briefing: the search index was not updated: Pagefind failed:\n{failure}");
                    continue;
                }

                _site.PublishFolder(Bundle, Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
                    .ToDictionary(f => Path.GetRelativePath(output, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal));
                Interlocked.Increment(ref _published);
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                _error.WriteLine($"briefing: the search index was not updated ({e.Message})");
            }
        }
    }

    // Only pages matter to Pagefind; a changed path that is gone from the site is deleted from the mirror.
    private void Mirror(HashSet<string>? changed)
    {
        var files = _site.Files;
        if (changed is null)
        {
            Directory.Delete(_mirror, recursive: true);
            Directory.CreateDirectory(_mirror);
        }

        foreach (var path in changed ?? files.Keys.ToHashSet(StringComparer.Ordinal))
        {
            if (!path.EndsWith(".html", StringComparison.Ordinal) || path.StartsWith(Bundle, StringComparison.Ordinal)) continue;
            var file = Path.Combine(_mirror, path);
            if (files.TryGetValue(path, out var bytes))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllBytes(file, bytes);
            }
            else if (File.Exists(file))
            {
                File.Delete(file);
            }
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
        _wake.Dispose();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
