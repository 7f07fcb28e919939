using Briefing.Benchmarks;

namespace Briefing.Tests.Benchmarks;

public sealed class PageCounterTests
{
    private static BuiltPages Measure(params (string Path, int Bytes)[] files)
    {
        var site = Directory.CreateTempSubdirectory("briefing-pages-").FullName;
        try
        {
            foreach (var (path, bytes) in files)
            {
                var full = Path.Combine(site, path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllBytes(full, new byte[bytes]);
            }

            return PageCounter.Measure(site);
        }
        finally
        {
            Directory.Delete(site, recursive: true);
        }
    }

    [Fact]
    public void Only_html_files_are_pages_and_the_largest_is_named_by_its_site_relative_path()
    {
        var built = Measure(("index.html", 300), ("timeline/index.html", 5_000), ("briefings/a/index.html", 700),
            ("data/briefings.json", 90_000), ("feed.xml", 80_000), ("pagefind/pagefind-entry.json", 70_000), ("pagefind/fragment/x.pf_fragment", 60_000));
        Assert.Equal(new BuiltPages(3, 6_000, "timeline/index.html", 5_000), built);
    }

    [Fact]
    public void Of_pages_of_the_same_size_the_first_path_in_ordinal_order_is_the_largest()
    {
        Assert.Equal(new BuiltPages(3, 300, "b/index.html", 100), Measure(("c/index.html", 100), ("b/index.html", 100), ("index.html", 100)));
    }

    [Fact]
    public void A_site_with_no_pages_has_no_largest()
    {
        Assert.Equal(new BuiltPages(0, 0, "", 0), Measure(("robots.txt", 40)));
    }
}
