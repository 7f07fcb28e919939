using System.Collections.Concurrent;
using System.IO.Hashing;
using Briefing.Diagnostics;
using Briefing.Loading;

namespace Briefing.Building;

/// <summary>
/// Parsed input files by path and content: a file whose bytes are the same as at the last build is not parsed
/// again; its result and its diagnostics are given back as they were. Parsing a file depends on nothing but its
/// path and bytes, so this is exact.
/// </summary>
public sealed class ParseCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _edited = new(StringComparer.Ordinal);

    private sealed record Entry(UInt128 Content, (long, long)? Stamp, object? Result, IReadOnlyList<Diagnostic> Diagnostics);

    /// <summary>The paths of the files parsed (not taken from the cache) since the last <see cref="Forget"/>.</summary>
    public IReadOnlySet<string> Edited => _edited.Keys.ToHashSet(StringComparer.Ordinal);

    /// <summary>Starts counting the files parsed afresh.</summary>
    public void Forget() => _edited.Clear();

    /// <summary>The result of <paramref name="parse"/> on <paramref name="file"/>, its diagnostics added to <paramref name="diagnostics"/>.</summary>
    public T? Parse<T>(InputFile file, Func<InputFile, DiagnosticBag, T?> parse, DiagnosticBag diagnostics) where T : class
    {
        // A file on disk listed with the length and write time it had last time is not even read.
        if (_entries.TryGetValue(file.Path, out var entry) && file.Stamp is { } stamp && entry.Stamp == stamp && entry.Result is null or T)
        {
            foreach (var d in entry.Diagnostics) diagnostics.Add(d);
            return entry.Result as T;
        }

        var bytes = file.Bytes;
        var content = XxHash128.HashToUInt128(bytes);
        if (entry is null || entry.Content != content || (entry.Result is not null and not T))
        {
            var own = new DiagnosticBag();
            entry = new Entry(content, file.Stamp, parse(new InputFile(file.Path, bytes), own), own.Sorted());
            _entries[file.Path] = entry;
            _edited[file.Path] = 0;
        }
        else if (entry.Stamp != file.Stamp)
        {
            _entries[file.Path] = entry = entry with { Stamp = file.Stamp }; // touched, not changed
        }

        foreach (var d in entry.Diagnostics) diagnostics.Add(d);
        return entry.Result as T;
    }

    /// <summary>Forgets every file not in <paramref name="paths"/> (deleted or renamed since).</summary>
    public void Retain(IReadOnlySet<string> paths)
    {
        foreach (var path in _entries.Keys)
            if (!paths.Contains(path)) _entries.TryRemove(path, out _);
    }
}
