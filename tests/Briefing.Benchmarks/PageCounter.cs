namespace Briefing.Benchmarks;

/// <summary>Counts the pages of a built site: its <c>*.html</c> files, at any depth.</summary>
public static class PageCounter
{
    /// <summary>The number of <c>.html</c> files under <paramref name="site"/>.</summary>
    public static int Count(string site) =>
        Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories).Count();
}
