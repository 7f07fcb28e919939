using Briefing.Building;
using Briefing.Loading;
using Briefing.Tests.Support;

namespace Briefing.Tests.Feeds;

/// <summary>The preview server makes the feeds, sitemap and robots.txt at every update but republishes only those whose bytes changed.</summary>
public sealed class IncrementalFeedTests
{
    private const string Site = """
        -- briefings/a.md --
        ---
        title: About Azerbaijan
        date: 2025-06-15
        countries: [AZ]
        tags: [one]
        ---
        Body.
        -- briefings/b.md --
        ---
        title: About Georgia
        date: 2025-06-16
        countries: [GE]
        tags: [two]
        ---
        Body.
        -- static/robots.txt --
        User-agent: *
        """;

    [Fact]
    public void An_update_hands_on_only_the_generated_files_whose_bytes_changed()
    {
        var (input, theme) = TestSite.Files(Site);
        var live = new LiveSite(new BuildOptions());
        var first = live.Update(input, theme);
        Assert.True(first.Succeeded);
        Assert.Contains("countries/georgia/feed.xml", live.Files.Keys);

        // Nothing changed: only the theme's assets are copied again (the author's robots.txt is part of the generated one).
        var again = live.Update(input, theme);
        Assert.Empty(again.Changed);
        Assert.Equal(live.Files.Keys.Count(p => p.StartsWith("assets/", StringComparison.Ordinal)), again.Written);

        var edited = input.Select(f => f.Path == "briefings/a.md"
            ? new InputFile(f.Path, System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(f.Bytes).Replace("About Azerbaijan", "On Azerbaijan", StringComparison.Ordinal)))
            : f).ToList();
        var update = live.Update(edited, theme);
        Assert.Contains("feed.xml", update.Changed);
        Assert.Contains("feed.json", update.Changed);
        Assert.Contains("countries/azerbaijan/feed.xml", update.Changed);
        Assert.Contains("tags/one/feed.xml", update.Changed);
        Assert.DoesNotContain("countries/georgia/feed.xml", update.Changed);
        Assert.DoesNotContain("sitemap.xml", update.Changed);
        Assert.DoesNotContain("robots.txt", update.Changed);

        var full = SiteBuilder.Build(edited, theme, new BuildOptions());
        foreach (var f in full.Files) Assert.True(f.Bytes.AsSpan().SequenceEqual(live.Files[f.Path]), $"{f.Path} differs from a full build");
        Assert.Equal(full.Files.Select(f => f.Path), live.Files.Keys.Order(StringComparer.Ordinal));
    }
}
