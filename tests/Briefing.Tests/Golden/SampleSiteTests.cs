using Briefing.Checking;
using Briefing.Tests.Support;

namespace Briefing.Tests.Golden;

public sealed class SampleSiteTests
{
    private static readonly string GoldenFolder = Path.Combine(Repository.Root, "tests", "Briefing.Tests", "Golden", "expected");

    [Fact]
    public void Sample_site_builds_strictly_without_any_diagnostic()
    {
        var result = SampleSite.Build();
        Assert.True(result.Diagnostics.Count == 0, string.Join('\n', result.Diagnostics));
    }

    [Fact]
    public void Sample_site_matches_the_committed_golden_output()
    {
        // Regenerate on purpose only: BRIEFING_UPDATE_GOLDEN=1 dotnet test --filter Sample_site_matches
        var result = SampleSite.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        if (Environment.GetEnvironmentVariable("BRIEFING_UPDATE_GOLDEN") == "1")
        {
            if (Directory.Exists(GoldenFolder)) Directory.Delete(GoldenFolder, recursive: true);
            foreach (var file in result.Files)
            {
                var path = Path.Combine(GoldenFolder, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Bytes);
            }
        }

        Assert.True(Directory.Exists(GoldenFolder), "no golden output yet; run with BRIEFING_UPDATE_GOLDEN=1 once and review it");
        var expected = Directory.EnumerateFiles(GoldenFolder, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(GoldenFolder, p).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, result.Files.Select(f => f.Path).Order(StringComparer.Ordinal).ToList());
        foreach (var file in result.Files)
        {
            var golden = File.ReadAllText(Path.Combine(GoldenFolder, file.Path));
            Assert.True(golden == System.Text.Encoding.UTF8.GetString(file.Bytes),
                $"{file.Path} differs from the golden copy; if the change is intended, regenerate with BRIEFING_UPDATE_GOLDEN=1 and review the diff");
        }
    }

    [Theory]
    [InlineData("https://briefing.example.org/")]
    [InlineData("https://example.org/desk/caucasus/")]
    public void Every_internal_link_and_anchor_resolves(string baseUrl)
    {
        var result = SampleSite.Build(baseUrl);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var basePath = new Uri(baseUrl).AbsolutePath;
        var pages = result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal))
            .Select(f => PageLinks.Extract(f.Path, f.SourcePath, f.Bytes)).ToList();
        Assert.True(pages.Sum(p => p.Hrefs.Count) > 500);
        Assert.Empty(LinkChecker.Check(pages, result.Files.Select(f => f.Path).ToHashSet(), basePath));
        var home = System.Text.Encoding.UTF8.GetString(result.Files.First(f => f.Path == "index.html").Bytes);
        Assert.Contains($"href=\"{basePath}countries/\"", home);
    }

    [Fact]
    public void Building_twice_gives_identical_bytes()
    {
        var first = SampleSite.Build();
        var second = SampleSite.Build();
        Assert.Equal(first.Files.Select(f => f.Path), second.Files.Select(f => f.Path));
        foreach (var (a, b) in first.Files.Zip(second.Files)) Assert.True(a.Bytes.AsSpan().SequenceEqual(b.Bytes), a.Path);
    }

    [Fact]
    public void Sample_site_has_every_page_type()
    {
        var paths = SampleSite.Build().Files.Select(f => f.Path).ToHashSet();
        string[] expected =
        [
            "index.html", "404.html", "briefings/index.html", "briefings/bayramov-araghchi-call/index.html",
            "countries/index.html", "countries/azerbaijan/index.html", "people/index.html",
            "people/recep-tayyip-erdogan/index.html", "timeline/index.html", "quotes/index.html", "tags/index.html",
            "tags/diplomacy/index.html", "search/index.html", "assets/style.css", "assets/search.js", "robots.txt",
        ];
        Assert.All(expected, p => Assert.Contains(p, paths));
        Assert.All(paths, p => Assert.Matches("^[a-z0-9./-]+$", p));
    }
}
