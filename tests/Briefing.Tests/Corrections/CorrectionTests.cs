using Briefing.Building;
using Briefing.Tests.Support;

namespace Briefing.Tests.Corrections;

/// <summary>Updates of <c>kind: correction</c>: a notice above the body, the <c>/corrections/</c> page, feeds and modified dates.</summary>
public sealed class CorrectionTests
{
    private const string Site = """
        -- briefings/a.md --
        ---
        title: Talks in Baku
        date: 2025-06-10
        countries: [AZ]
        updates:
          - date: 2025-06-12
            note: Added the minister's reply.
          - date: 2025-06-14
            kind: correction
            note: The talks were held on Tuesday, not Monday.
        ---
        Body.
        -- briefings/b.md --
        ---
        title: Talks in Paris
        date: 2025-06-11
        countries: [FR]
        updates:
          - date: 2025-06-13
            kind: correction
            note: The envoy's name was misspelt.
        ---
        Body.
        """;

    [Fact]
    public void A_correction_is_shown_above_the_body_with_its_date_and_note()
    {
        var page = TestSite.Build(Site).Clean().Page("briefings/a/index.html");
        var notice = page.IndexOf("<section class=\"corrections\" id=\"briefing-corrections\"", StringComparison.Ordinal);
        Assert.True(notice > 0 && notice < page.IndexOf("<div class=\"body\">", StringComparison.Ordinal), page);
        Assert.Contains("<h2 id=\"briefing-corrections-heading\">Correction</h2>", page);
        Assert.Contains("<li><time datetime=\"2025-06-14\">14 June 2025</time>: The talks were held on Tuesday, not Monday.</li>", page);
        Assert.Contains("<li><strong>Correction</strong>, <time datetime=\"2025-06-14\">", page);
        Assert.Contains("<li><time datetime=\"2025-06-12\">12 June 2025</time>: Added the minister&#39;s reply.</li>", page);
    }

    [Fact]
    public void A_briefing_with_only_updates_has_no_correction_notice()
    {
        var page = TestSite.Build(Site.Replace("kind: correction", "kind: update", StringComparison.Ordinal)).Clean().Page("briefings/a/index.html");
        Assert.DoesNotContain("class=\"corrections\"", page);
        Assert.DoesNotContain("<strong>Correction</strong>", page);
    }

    [Fact]
    public void The_corrections_page_lists_every_correction_newest_first_each_linking_to_its_notice()
    {
        var page = TestSite.Build(Site).Clean().Page("corrections/index.html");
        var baku = page.IndexOf("<li><time datetime=\"2025-06-14\">14 June 2025</time>, <a href=\"/briefings/a/#briefing-corrections\"><bdi>Talks in Baku</bdi></a>: The talks were held on Tuesday, not Monday.</li>", StringComparison.Ordinal);
        var paris = page.IndexOf("<li><time datetime=\"2025-06-13\">13 June 2025</time>, <a href=\"/briefings/b/#briefing-corrections\"><bdi>Talks in Paris</bdi></a>: The envoy&#39;s name was misspelt.</li>", StringComparison.Ordinal);
        Assert.True(baku > 0 && paris > baku, page);
        Assert.DoesNotContain("minister", page);
    }

    [Fact]
    public void A_site_without_corrections_has_no_corrections_page()
    {
        var site = TestSite.Build(Site.Replace("kind: correction", "kind: update", StringComparison.Ordinal)).Clean();
        Assert.DoesNotContain("corrections/index.html", site.Paths);
    }

    [Fact]
    public void A_theme_without_a_corrections_page_builds_without_one()
    {
        var (input, theme) = TestSite.Files(Site);
        var older = theme.Where(f => f.Path != "pages/corrections.html").ToList();
        var site = new SiteResult(Briefing.Building.SiteBuilder.Build(input, older, new Briefing.Building.BuildOptions()));
        Assert.True(site.Result.Succeeded, string.Join('\n', site.Diagnostics));
        Assert.DoesNotContain("corrections/index.html", site.Paths);
        Assert.Contains("class=\"corrections\"", site.Page("briefings/a/index.html"));
    }

    [Fact]
    public void The_updates_feed_titles_say_correction_or_update()
    {
        var feed = TestSite.Build(Site).Clean().Page("updates/feed.xml");
        Assert.Contains("\">Correction: Talks in Baku</title>", feed);
        Assert.Contains("\">Correction: Talks in Paris</title>", feed);
        Assert.Contains("\">Update: Talks in Baku</title>", feed);
    }

    [Fact]
    public void A_correction_counts_as_the_latest_change_of_its_briefing()
    {
        var site = TestSite.Build(Site).Clean();
        var page = site.Page("briefings/a/index.html");
        Assert.Contains("\"dateModified\":\"2025-06-14\"", page);
        Assert.Contains("<meta property=\"article:modified_time\" content=\"2025-06-14\">", page);
        Assert.Contains("<updated>2025-06-14T00:00:00Z</updated>", site.Page("feed.xml"));
    }

    [Fact]
    public void An_update_kind_that_is_not_update_or_correction_is_an_error_with_the_nearest_word()
    {
        TestSite.Build(Site.Replace("kind: correction\n    note: The talks", "kind: corection\n    note: The talks", StringComparison.Ordinal)).FailsWith(
            "briefings/a.md(9,11): error BRF040: update 'kind' must be one of update, correction, not 'corection'; did you mean 'correction'?");
    }

    [Fact]
    public void A_correction_without_a_date_is_an_error()
    {
        TestSite.Build(Site.Replace("  - date: 2025-06-13\n    kind: correction", "  - kind: correction", StringComparison.Ordinal)).FailsWith(
            "briefings/b.md(6,5): error BRF008: update needs 'date'");
    }

    [Fact]
    public void Adding_the_first_correction_in_the_preview_makes_the_corrections_page_as_a_full_build_does()
    {
        var (before, theme) = TestSite.Files(Site.Replace("kind: correction", "kind: update", StringComparison.Ordinal));
        var (after, _) = TestSite.Files(Site);
        var live = new LiveSite(new BuildOptions());
        Assert.True(live.Update(before, theme).Succeeded);
        Assert.True(live.Update(after, theme).Succeeded);
        var full = SiteBuilder.Build(after, theme, new BuildOptions());
        Assert.Contains("corrections/index.html", live.Files.Keys);
        foreach (var f in full.Files) Assert.True(f.Bytes.AsSpan().SequenceEqual(live.Files[f.Path]), $"{f.Path} differs from a full build");
    }
}
