namespace Briefing.Benchmarks;

/// <summary>
/// The pages of a built site: its <c>*.html</c> files at any depth, how many, their total size, and the largest. Data
/// files, feeds and the search index are not pages, so they are left out.
/// </summary>
public sealed record BuiltPages(int Count, long TotalBytes, string LargestPath, long LargestBytes);

/// <summary>Measures the pages of a built site.</summary>
public static class PageCounter
{
    /// <summary>
    /// The <c>.html</c> files under <paramref name="site"/>; the largest is named by its path relative to the site, with
    /// <c>/</c>, the first in ordinal order among pages of the same size, so equal builds name the same page.
    /// </summary>
    public static BuiltPages Measure(string site)
    {
        var (count, total, largestPath, largestBytes) = (0, 0L, "", -1L);
        foreach (var file in new DirectoryInfo(site).EnumerateFiles("*.html", SearchOption.AllDirectories))
        {
            var path = Path.GetRelativePath(site, file.FullName).Replace(Path.DirectorySeparatorChar, '/');
            count++;
            total += file.Length;
            if (file.Length > largestBytes || (file.Length == largestBytes && string.CompareOrdinal(path, largestPath) < 0))
                (largestPath, largestBytes) = (path, file.Length);
        }

        return new BuiltPages(count, total, largestPath, Math.Max(largestBytes, 0));
    }
}
