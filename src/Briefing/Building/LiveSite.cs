using System.Collections.Concurrent;
using Briefing.Diagnostics;
using Briefing.Loading;
using Briefing.Output;

namespace Briefing.Building;

/// <summary>
/// A site kept in memory and rebuilt after each change, for the preview server. Every update is the same build as
/// <see cref="SiteBuilder"/>'s, given the state of the last one: files whose bytes did not change are not parsed
/// again, and only pages whose fingerprint changed are rendered, the edited briefing and its countries first; each
/// is served as soon as it is rendered. After each successful update the files are byte for byte what a fresh build
/// of the same input writes. A failed update puts back every page it had replaced.
/// </summary>
public sealed class LiveSite
{
    private readonly BuildOptions _options;
    private readonly BuildState _state;
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private readonly Lock _updating = new();
    // Files made apart from the build (the preview's search index) and published under a folder; updates keep them.
    private readonly HashSet<string> _apart = new(StringComparer.Ordinal);

    /// <summary>A live site built with <paramref name="options"/> (its links are checked by <see cref="BrokenLinks"/>, not by each update).</summary>
    public LiveSite(BuildOptions options)
    {
        _options = options with { LinkCheck = false };
        _state = new BuildState(options.FragmentBytes);
    }

    /// <summary>The site as it is served now, by output path.</summary>
    public IReadOnlyDictionary<string, byte[]> Files => _files;

    /// <summary>The path of <c>base_url</c> as of the last successful update, or null before one.</summary>
    public string? BasePath { get; private set; }

    /// <summary>Builds from the current <paramref name="inputFiles"/> and <paramref name="themeFiles"/>; on success the new site replaces the old.</summary>
    public LiveUpdate Update(IReadOnlyList<InputFile> inputFiles, IReadOnlyList<InputFile> themeFiles)
    {
        lock (_updating)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var sink = new Publisher(_files);
            _state.Parsed.Forget();
            var result = SiteBuilder.Build(inputFiles, themeFiles, _options, sink, _state);
            var parsed = _state.Parsed.Edited.Count;
            if (!result.Succeeded)
            {
                sink.RollBack();
                return new LiveUpdate(result.Diagnostics, false, [], parsed, sink.Written.Count, clock.Elapsed);
            }

            var removed = _files.Keys.Where(path => !result.Paths.Contains(path) && !_apart.Contains(path)).ToList();
            foreach (var path in removed) _files.TryRemove(path, out _);
            var changed = sink.Written.Where(w => w.Value is not { } before || !before.AsSpan().SequenceEqual(_files[w.Key])).Select(w => w.Key)
                .Concat(removed).Order(StringComparer.Ordinal).ToList();
            BasePath = result.BasePath;
            return new LiveUpdate(result.Diagnostics, true, changed, parsed, sink.Written.Count, clock.Elapsed);
        }
    }

    /// <summary>
    /// Serves <paramref name="files"/> (paths relative to <paramref name="folder"/>, e.g. <c>pagefind/</c>) in place of
    /// whatever was published there before; made apart from the build, they stay until published again.
    /// </summary>
    public void PublishFolder(string folder, IReadOnlyDictionary<string, byte[]> files)
    {
        lock (_updating)
        {
            // The new files first, then the old ones go: a reader between the two still finds every file the index names.
            foreach (var (path, bytes) in files)
            {
                _apart.Add(folder + path);
                _files[folder + path] = bytes;
            }

            foreach (var path in _apart.Where(p => p.StartsWith(folder, StringComparison.Ordinal) && !files.ContainsKey(p[folder.Length..])).ToList())
            {
                _apart.Remove(path);
                _files.TryRemove(path, out _);
            }
        }
    }

    /// <summary>The link check of the site as it is now (a warning per broken link), run apart so pages are served before it.</summary>
    public IReadOnlyList<Diagnostic> BrokenLinks()
    {
        lock (_updating)
        {
            var diagnostics = new DiagnosticBag();
            var paths = _files.Keys.ToHashSet(StringComparer.Ordinal);
            if (BasePath is { } basePath && _state.Links is { } report)
                SiteBuilder.CheckLinks(_state.Pages.Values.Select(p => p.Links).OrderBy(l => l.Path, StringComparer.Ordinal).ToList(), paths, basePath, _options.Threads,
                    report, diagnostics);
            return diagnostics.Sorted();
        }
    }

    // Serves each file the moment an update hands it on, remembering what it replaced so a failed update can put it back.
    private sealed class Publisher(ConcurrentDictionary<string, byte[]> files) : IPageSink
    {
        public ConcurrentDictionary<string, byte[]?> Written { get; } = new(StringComparer.Ordinal);

        public void Write(string path, ReadOnlySpan<byte> bytes, string? sourcePath)
        {
            var copy = bytes.ToArray();
            Written.TryAdd(path, files.TryGetValue(path, out var before) ? before : null);
            files[path] = copy;
        }

        public void RollBack()
        {
            foreach (var (path, before) in Written)
                if (before is null) files.TryRemove(path, out _);
                else files[path] = before;
        }
    }
}

/// <summary>
/// What one update of a <see cref="LiveSite"/> did: its diagnostics, whether it succeeded, the output paths whose
/// bytes changed (added, changed or removed), how many input files were parsed, how many files were written (pages
/// rendered, plus the assets and static files, which are copied at every build), and how long it took.
/// </summary>
public sealed record LiveUpdate(IReadOnlyList<Diagnostic> Diagnostics, bool Succeeded, IReadOnlyList<string> Changed, long Parsed, int Written, TimeSpan Time);
