using System.Collections.Concurrent;
using System.IO.Hashing;
using Briefing.Output;

namespace Briefing.Rendering;

/// <summary>
/// The files made from the whole graph at every build (feeds, sitemap, robots.txt): each is handed to the sink only
/// when its fingerprint differs from the last build's (as <see cref="Building.PageRecord"/> keeps one per page), so an
/// edit republishes only the feeds it changed. A feed's fingerprint is its document's, so an unchanged feed is not even
/// written out again; another file's is the hash of its bytes. Without a last build, every file is made and handed on.
/// </summary>
public sealed class GeneratedFiles(IPageSink sink, IReadOnlyDictionary<string, UInt128>? previous)
{
    private readonly ConcurrentDictionary<string, UInt128> _fingerprints = new(StringComparer.Ordinal);

    /// <summary>The fingerprint of each file so far, by output path: what the next build compares with.</summary>
    public IReadOnlyDictionary<string, UInt128> Fingerprints => _fingerprints;

    /// <summary>
    /// Takes the file at <paramref name="path"/> whose bytes <paramref name="make"/> makes, equal whenever
    /// <paramref name="fingerprint"/> is; returns how many bytes were made (0 when the last build's are still good).
    /// Called from several threads at once.
    /// </summary>
    public long Write(string path, UInt128 fingerprint, Func<byte[]> make, string? sourcePath = null)
    {
        _fingerprints[path] = fingerprint;
        if (previous is not null && previous.TryGetValue(path, out var before) && before == fingerprint) return 0;
        var bytes = make();
        sink.Write(path, bytes, sourcePath);
        return bytes.Length;
    }

    /// <summary>Takes a file already made, known by the hash of its bytes (the sink copies what it keeps).</summary>
    public void Write(string path, ReadOnlySpan<byte> bytes, string? sourcePath)
    {
        var fingerprint = XxHash128.HashToUInt128(bytes);
        _fingerprints[path] = fingerprint;
        if (previous is null || !previous.TryGetValue(path, out var before) || before != fingerprint) sink.Write(path, bytes, sourcePath);
    }
}
