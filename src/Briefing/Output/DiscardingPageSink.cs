namespace Briefing.Output;

/// <summary>
/// Keeps nothing: for <c>briefing check</c>, whose result is the diagnostics. The renderer has already taken what the
/// link check needs of each page (its hrefs and ids) before handing the page on, so the page's bytes can go.
/// </summary>
public sealed class DiscardingPageSink : IPageSink
{
    /// <inheritdoc />
    public void Write(string path, ReadOnlySpan<byte> bytes, string? sourcePath)
    {
    }
}
