using System.Collections.Concurrent;
using Briefing.Rendering;

namespace Briefing.Output;

/// <summary>Keeps every page in memory: for tests and for callers that write the site themselves.</summary>
public sealed class MemoryPageSink : IPageSink
{
    private readonly ConcurrentBag<RenderedPage> _pages = [];

    /// <inheritdoc />
    public void Write(string path, ReadOnlySpan<byte> bytes, string? sourcePath) => _pages.Add(new RenderedPage(path, bytes.ToArray(), sourcePath));

    /// <summary>The pages, by path.</summary>
    public IReadOnlyList<RenderedPage> Pages => _pages.OrderBy(p => p.Path, StringComparer.Ordinal).ToList();
}
