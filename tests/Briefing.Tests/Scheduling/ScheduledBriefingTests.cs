using System.Text;
using Briefing.Building;
using Briefing.Graph;
using Briefing.Tests.Support;

namespace Briefing.Tests.Scheduling;

/// <summary>Briefings dated after the build day: left out of a build, published with --future, marked in the preview.</summary>
public sealed class ScheduledBriefingTests
{
    private const string Site = """
        -- site.yml --
        title: Test Briefings
        base_url: https://example.org/desk/
        -- briefings/today.md --
        ---
        title: Talks today
        date: 2026-06-19
        countries: [FR]
        tags: [talks]
        ---
        Body.
        -- briefings/later.md --
        ---
        title: Summit tomorrow
        date: 2026-06-20
        countries: [FR, DE]
        people: [Jane Roe]
        tags: [summit]
        events:
          - date: 2026-06-20
            title: Summit opens
        ---
        Body.
        -- people/jane-roe.md --
        ---
        name: Jane Roe
        ---
        -- briefings/links.md --
        ---
        title: Links here
        date: 2026-06-01
        countries: [FR]
        ---
        See [the summit](later.md).
        """;

    private static readonly DateOnly BuildDay = new(2026, 6, 19);

    private static SiteResult Build(FutureBriefings future, DateOnly? today = null, string site = Site) =>
        TestSite.Build(site, new BuildOptions { Today = today ?? BuildDay, Future = future });

    [Fact]
    public void A_briefing_dated_after_the_build_day_is_left_out_of_every_page_feed_and_sitemap()
    {
        var site = Build(FutureBriefings.LeftOut);
        Assert.Equal(
            ["briefings/links.md(6,5): warning BRF025: link 'later.md' names the scheduled briefing briefings/later.md, which is not published; link to it once it is, or remove the link"],
            site.Diagnostics);
        Assert.True(site.Result.Succeeded);
        Assert.Contains("briefings/today/index.html", site.Paths);
        Assert.DoesNotContain("briefings/later/index.html", site.Paths);
        Assert.DoesNotContain("countries/germany/index.html", site.Paths);
        Assert.DoesNotContain("tags/summit/index.html", site.Paths);
        Assert.All(site.Result.Files, f => Assert.DoesNotContain("Summit", Encoding.UTF8.GetString(f.Bytes), StringComparison.Ordinal));
        Assert.All(site.Result.Files, f => Assert.DoesNotContain("briefings/later/", Encoding.UTF8.GetString(f.Bytes), StringComparison.Ordinal));
    }

    [Fact]
    public void A_briefing_dated_on_the_build_day_is_published()
    {
        var site = Build(FutureBriefings.LeftOut, new DateOnly(2026, 6, 20)).Clean();
        Assert.Contains("briefings/later/index.html", site.Paths);
        Assert.Contains("Summit tomorrow", site.Page("feed.xml"));
        Assert.Contains("https://example.org/desk/briefings/later/", site.Page("sitemap.xml"));
    }

    [Fact]
    public void Future_publishes_a_scheduled_briefing_everywhere_without_marking_it()
    {
        var site = Build(FutureBriefings.Published).Clean();
        var page = site.Page("briefings/later/index.html");
        Assert.DoesNotContain("Scheduled for", page);
        Assert.Contains("Summit tomorrow", site.Page("index.html"));
        Assert.Contains("Summit tomorrow", site.Page("feed.xml"));
        Assert.Contains("Summit opens", site.Page("timeline/index.html"));
        Assert.Contains("https://example.org/desk/briefings/later/", site.Page("sitemap.xml"));
        Assert.Contains("countries/germany/index.html", site.Paths);
    }

    [Fact]
    public void Future_published_gives_the_same_bytes_as_a_build_whose_day_is_the_briefings_day()
    {
        var future = Build(FutureBriefings.Published).Clean();
        var onTheDay = Build(FutureBriefings.LeftOut, new DateOnly(2026, 6, 20)).Clean();
        Assert.Equal(onTheDay.Paths, future.Paths);
        foreach (var (a, b) in onTheDay.Result.Files.Zip(future.Result.Files)) Assert.True(a.Bytes.AsSpan().SequenceEqual(b.Bytes), a.Path);
    }

    [Fact]
    public void The_same_input_and_build_day_give_the_same_bytes_and_a_later_day_publishes_more()
    {
        var first = Build(FutureBriefings.LeftOut);
        var again = Build(FutureBriefings.LeftOut);
        Assert.Equal(first.Paths, again.Paths);
        foreach (var (a, b) in first.Result.Files.Zip(again.Result.Files)) Assert.True(a.Bytes.AsSpan().SequenceEqual(b.Bytes), a.Path);
        var later = Build(FutureBriefings.LeftOut, new DateOnly(2027, 1, 1));
        Assert.Contains("briefings/later/index.html", later.Paths);
    }

    [Fact]
    public void The_preview_marks_a_scheduled_briefing_and_only_that_one()
    {
        var site = Build(FutureBriefings.Marked).Clean();
        Assert.Contains("<p class=\"scheduled\" role=\"note\">Scheduled for <time datetime=\"2026-06-20\">20 June 2026</time>", site.Page("briefings/later/index.html"));
        Assert.DoesNotContain("class=\"scheduled\"", site.Page("briefings/today/index.html"));
        Assert.Contains("Summit tomorrow", site.Page("index.html"));
    }

    [Fact]
    public void Without_a_build_day_no_briefing_is_scheduled()
    {
        var site = TestSite.Build(Site, new BuildOptions()).Clean();
        Assert.Contains("briefings/later/index.html", site.Paths);
        Assert.DoesNotContain("Scheduled for", site.Page("briefings/later/index.html"));
    }

    [Fact]
    public void A_scheduled_draft_stays_out_of_the_future_build()
    {
        var site = Build(FutureBriefings.Published, site: Site.Replace("date: 2026-06-20\ncountries: [FR, DE]", "date: 2026-06-20\ndraft: true\ncountries: [FR, DE]", StringComparison.Ordinal));
        Assert.DoesNotContain("briefings/later/index.html", site.Paths);
        Assert.Contains(site.Diagnostics, d => d.Contains("names the draft briefings/later.md", StringComparison.Ordinal));
    }
}
