using System.Collections.Concurrent;
using Briefing.Diagnostics;
using Briefing.Loading;
using Briefing.Output;

namespace Briefing.Building;

/// <summary>
/// A site kept in memory and rebuilt after each change, for the preview server. Every update is the same build as
/// <see cref="SiteBuilder"/>'s, given the state of the last one: files whose bytes did not change are not parsed
/// again, and only pages whose fingerprint changed are rendered; the rest are kept. After each successful update
/// the files are byte for byte what a fresh build of the same input writes. A failed update changes nothing.
/// </summary>
public sealed class LiveSite(BuildOptions options)
{
    private readonly BuildState _state = new(options.FragmentBytes);
    private Dictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    /// <summary>The site as of the last successful update, by output path.</summary>
    public IReadOnlyDictionary<string, byte[]> Files => Volatile.Read(ref _files);

    /// <summary>The path of <c>base_url</c> as of the last successful update, or null before one.</summary>
    public string? BasePath { get; private set; }

    /// <summary>Builds from the current <paramref name="inputFiles"/> and <paramref name="themeFiles"/>; on success the new site replaces the old.</summary>
    public LiveUpdate Update(IReadOnlyList<InputFile> inputFiles, IReadOnlyList<InputFile> themeFiles)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var sink = new WrittenFiles();
        var result = SiteBuilder.Build(inputFiles, themeFiles, options, sink, _state);
        var parsed = _state.Parsed.TakeParsedCount();
        if (!result.Succeeded) return new LiveUpdate(result.Diagnostics, false, [], parsed, sink.Files.Count, clock.Elapsed);

        var old = Files;
        var files = new Dictionary<string, byte[]>(result.Paths.Count, StringComparer.Ordinal);
        foreach (var path in result.Paths)
            files[path] = sink.Files.TryGetValue(path, out var written) ? written : old[path];
        var changed = files.Where(f => !old.TryGetValue(f.Key, out var before) || !before.AsSpan().SequenceEqual(f.Value)).Select(f => f.Key)
            .Concat(old.Keys.Where(path => !files.ContainsKey(path)))
            .Order(StringComparer.Ordinal).ToList();
        Volatile.Write(ref _files, files);
        BasePath = result.BasePath;
        return new LiveUpdate(result.Diagnostics, true, changed, parsed, sink.Files.Count, clock.Elapsed);
    }

    // What one update handed on: the pages it rendered, and every asset and static file.
    private sealed class WrittenFiles : IPageSink
    {
        public ConcurrentDictionary<string, byte[]> Files { get; } = new(StringComparer.Ordinal);

        public void Write(string path, ReadOnlySpan<byte> bytes, string? sourcePath) => Files[path] = bytes.ToArray();
    }
}

/// <summary>
/// What one update of a <see cref="LiveSite"/> did: its diagnostics, whether it succeeded, the output paths whose
/// bytes changed (added, changed or removed), how many input files were parsed, how many files were written (pages
/// rendered, plus the assets and static files, which are copied at every build), and how long it took.
/// </summary>
public sealed record LiveUpdate(IReadOnlyList<Diagnostic> Diagnostics, bool Succeeded, IReadOnlyList<string> Changed, long Parsed, int Written, TimeSpan Time);
