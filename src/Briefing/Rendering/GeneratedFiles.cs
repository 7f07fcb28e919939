using System.Collections.Concurrent;
using System.IO.Hashing;
using Briefing.Output;

namespace Briefing.Rendering;

/// <summary>
/// The files made from the whole graph at every build (feeds, sitemap, robots.txt): each is handed to the sink only
/// when its bytes differ from the last build's (by a hash per path, as <see cref="Building.PageRecord"/> keeps a
/// fingerprint per page), so an edit republishes only the feeds it changed. Without a last build, every file is handed on.
/// </summary>
public sealed class GeneratedFiles(IPageSink sink, IReadOnlyDictionary<string, UInt128>? previous)
{
    private readonly ConcurrentDictionary<string, UInt128> _hashes = new(StringComparer.Ordinal);

    /// <summary>The hash of each file written so far, by output path: what the next build compares with.</summary>
    public IReadOnlyDictionary<string, UInt128> Hashes => _hashes;

    /// <summary>Takes one file (called from several threads at once).</summary>
    public void Write(string path, byte[] bytes, string? sourcePath)
    {
        var hash = XxHash128.HashToUInt128(bytes);
        _hashes[path] = hash;
        if (previous is null || !previous.TryGetValue(path, out var before) || before != hash) sink.Write(path, bytes, sourcePath);
    }
}
