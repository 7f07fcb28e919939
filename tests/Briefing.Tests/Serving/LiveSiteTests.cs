using System.Text;
using Briefing.Building;
using Briefing.Loading;
using Briefing.Tests.Support;

namespace Briefing.Tests.Serving;

/// <summary>
/// The preview server's incremental rebuilds: after every edit the live site is byte for byte a fresh full build
/// of the same input, and an edit re-parses and re-renders only what it touches.
/// </summary>
public sealed class LiveSiteTests
{
    private static readonly IReadOnlyList<InputFile> Theme = TestSite.Files("").Theme;

    private static LiveSite Start(SiteEdits site, out LiveUpdate first)
    {
        var live = new LiveSite(new BuildOptions());
        first = live.Update(site.Files(), Theme);
        return live;
    }

    private static void SameAsFullBuild(LiveSite live, IReadOnlyList<InputFile> input, IReadOnlyList<InputFile> theme, string step)
    {
        var full = SiteBuilder.Build(input, theme, new BuildOptions());
        Assert.True(full.Succeeded, step + "\n" + string.Join('\n', full.Diagnostics.Take(5)));
        var files = live.Files;
        // The generated files are compared too: the open data is made from the whole graph at every build.
        Assert.Contains(full.Files, f => f.Path == "data/events.csv");
        Assert.Contains(full.Files, f => f.Path.StartsWith("data/countries/", StringComparison.Ordinal));
        Assert.Equal(full.Files.Select(f => f.Path), files.Keys.Order(StringComparer.Ordinal));
        foreach (var f in full.Files)
            Assert.True(f.Bytes.AsSpan().SequenceEqual(files[f.Path]), $"{f.Path} differs from a full build after {step}");
    }

    [Fact]
    public void Editing_a_title_reparses_one_file_and_renders_only_the_pages_that_show_it()
    {
        var site = SiteEdits.Sample(new Random(1), briefings: 30);
        var live = Start(site, out var first);
        Assert.True(first.Succeeded);
        var pages = live.Files.Count;

        var path = site.Briefings.Keys.First();
        site.Briefings[path] = site.Briefings[path] with { Title = "A new title" };
        var update = live.Update(site.Files(), Theme);

        Assert.True(update.Succeeded);
        Assert.Equal(1, update.Parsed);
        Assert.InRange(update.Written, 2, pages / 2);
        Assert.Contains(update.Changed, p => p.StartsWith("briefings/", StringComparison.Ordinal));
        Assert.Contains("A new title", Encoding.UTF8.GetString(live.Files[update.Changed.First(p => p.StartsWith("briefings/b", StringComparison.Ordinal))]));
        SameAsFullBuild(live, site.Files(), Theme, "a title edit");
    }

    [Fact]
    public void Editing_an_event_rewrites_the_data_files_that_hold_it_and_no_other()
    {
        var site = SiteEdits.Sample(new Random(6), briefings: 12);
        var path = site.Briefings.First(b => b.Value.Events.Length > 0 && !b.Value.Draft).Key;
        var live = Start(site, out _);
        var events = site.Briefings[path].Events;
        site.Briefings[path] = site.Briefings[path] with { Events = [events[0] with { Title = "A renamed event" }, .. events[1..]] };
        var update = live.Update(site.Files(), Theme);

        Assert.True(update.Succeeded);
        Assert.Contains("data/events.csv", update.Changed);
        Assert.Contains("data/events.ics", update.Changed);
        Assert.DoesNotContain("data/schema.json", update.Changed);
        Assert.DoesNotContain("data/quotes.csv", update.Changed);
        Assert.Contains("A renamed event", Encoding.UTF8.GetString(live.Files["data/events.json"]), StringComparison.Ordinal);
        SameAsFullBuild(live, site.Files(), Theme, "an event title edit");
    }

    [Fact]
    public void An_edit_with_errors_keeps_the_last_good_site_and_the_next_good_edit_recovers()
    {
        var site = SiteEdits.Sample(new Random(2), briefings: 10);
        var live = Start(site, out _);
        var before = live.Files.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);

        var broken = site.Files().Append(new InputFile("briefings/zz-broken.md", "---\ntitle: [unclosed\n---\n"u8.ToArray())).ToList();
        var failed = live.Update(broken, Theme);
        Assert.False(failed.Succeeded);
        Assert.Contains(failed.Diagnostics, d => d.ToString().StartsWith("briefings/zz-broken.md(", StringComparison.Ordinal));
        Assert.Equal(before, live.Files.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal));

        var fixedUp = live.Update(site.Files(), Theme);
        Assert.True(fixedUp.Succeeded);
        Assert.Empty(fixedUp.Changed);
        SameAsFullBuild(live, site.Files(), Theme, "an error and its fix");
    }

    [Fact]
    public void A_template_change_rerenders_the_pages_that_use_it_and_a_stylesheet_change_only_the_stylesheet()
    {
        var site = SiteEdits.Sample(new Random(3), briefings: 12);
        var live = Start(site, out _);

        var theme = Theme.Select(f => f.Path == "pages/tag.html" ? new InputFile(f.Path, [.. f.Bytes, .. "<p>tagged</p>\n"u8]) : f).ToList();
        var update = live.Update(site.Files(), theme);
        Assert.True(update.Succeeded);
        Assert.NotEmpty(update.Changed);
        Assert.All(update.Changed, p => Assert.StartsWith("tags/", p, StringComparison.Ordinal));
        SameAsFullBuild(live, site.Files(), theme, "a page template edit");

        var styled = theme.Select(f => f.Path == "assets/style.css" ? new InputFile(f.Path, [.. f.Bytes, .. "p{}\n"u8]) : f).ToList();
        var restyled = live.Update(site.Files(), styled);
        Assert.Equal(["assets/style.css"], restyled.Changed);
    }

    [Fact]
    public void A_template_that_fails_on_some_pages_puts_back_every_page_the_update_had_replaced()
    {
        var site = SiteEdits.Sample(new Random(5), briefings: 12);
        var live = Start(site, out _);
        var before = live.Files.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);

        // Briefing pages render first and succeed; the tag pages then fail.
        var path = site.Briefings.Keys.First();
        site.Briefings[path] = site.Briefings[path] with { Title = "Changed before the failure" };
        var theme = Theme.Select(f => f.Path == "pages/tag.html" ? new InputFile(f.Path, "{{ no_such_variable }}\n"u8.ToArray()) : f).ToList();
        var failed = live.Update(site.Files(), theme);

        Assert.False(failed.Succeeded);
        Assert.Contains(failed.Diagnostics, d => d.ToString().StartsWith("theme/pages/tag.html(1,4): error BRF021:", StringComparison.Ordinal));
        Assert.Equal(before, live.Files.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal));
    }

    [Fact]
    public void Site_settings_change_every_page()
    {
        var site = SiteEdits.Sample(new Random(4), briefings: 8);
        var live = Start(site, out _);
        site.Settings = site.Settings.Replace("title: Test Briefings", "title: Other Briefings", StringComparison.Ordinal);
        var update = live.Update(site.Files(), Theme);
        Assert.Equal(live.Files.Keys.Count(p => p.EndsWith(".html", StringComparison.Ordinal)), update.Changed.Count(p => p.EndsWith(".html", StringComparison.Ordinal)));
        SameAsFullBuild(live, site.Files(), Theme, "a site.yml edit");
    }

    [Theory]
    [InlineData(11, 60)]
    [InlineData(12, 60)]
    public void Random_edit_sequences_leave_the_live_site_equal_to_a_full_build_after_every_step(int seed, int steps)
    {
        steps = int.TryParse(Environment.GetEnvironmentVariable("BRIEFING_LIVE_STEPS"), out var more) ? more : steps;
        var random = new Random(int.TryParse(Environment.GetEnvironmentVariable("BRIEFING_LIVE_SEED"), out var s) ? s : seed);
        var site = SiteEdits.Sample(random, briefings: 14);
        var live = Start(site, out var first);
        Assert.True(first.Succeeded, string.Join('\n', first.Diagnostics));
        // The sequence tests roles only if quotes and events fall within roles that ended and outside every role, and
        // archives only if some list is cut into year pages and a year into month pages.
        var unseen = new HashSet<string>(StringComparer.Ordinal)
            { "</cite>, then <bdi>", " (then <bdi>", "<h2 id=\"person-roles\">", "<body class=\"kind-archive\"", "<nav aria-label=\"Months\" class=\"jump\"><ul><li><a href=\"/news/" };
        var outsideRoles = false;
        for (var step = 0; step < steps; step++)
        {
            var edit = site.EditAtRandom(random);
            var update = live.Update(site.Files(), Theme);
            Assert.True(update.Succeeded, $"step {step} ({edit}):\n" + string.Join('\n', update.Diagnostics.Where(d => d.Severity == Briefing.Diagnostics.Severity.Error)));
            SameAsFullBuild(live, site.Files(), Theme, $"step {step} ({edit}) with seed {seed}");
            outsideRoles |= update.Diagnostics.Any(d => d.Code == Briefing.Diagnostics.DiagnosticCodes.QuoteOutsideRoles);
            foreach (var bytes in live.Files.Where(f => unseen.Count > 0 && f.Key.EndsWith(".html", StringComparison.Ordinal)).Select(f => f.Value))
                unseen.RemoveWhere(text => Encoding.UTF8.GetString(bytes).Contains(text, StringComparison.Ordinal));
        }

        Assert.True(unseen.Count == 0, "never shown: " + string.Join(" | ", unseen));
        Assert.True(outsideRoles, "no quote fell outside its speaker's roles");
    }
}
