using System.Text.RegularExpressions;
using Briefing.Building;
using Briefing.Tests.Support;

namespace Briefing.Tests.Graph;

public sealed partial class QuoteOccurrenceTests
{
    private const string Bayramov = "-- people/jeyhun-bayramov.md --\n---\nname: Jeyhun Bayramov\ncountry: AZ\n---\nBio.\n";

    private static string Briefing(string file, string date, int copies, string country = "AZ")
    {
        var quotes = string.Concat(Enumerable.Repeat("  - by: jeyhun-bayramov\n    text: The talks will go on.\n    date: 2025-06-14\n", copies));
        return $"-- briefings/{file}.md --\n---\ntitle: Briefing {file}\ndate: {date}\ncountries: [{country}]\nquotes:\n{quotes}---\nBody.\n";
    }

    private static readonly string TwoBriefings = Bayramov + Briefing("first", "2025-06-15", 1) + Briefing("second", "2025-06-16", 1, "TR");

    [Fact]
    public void The_same_quote_in_two_briefings_is_one_entry_in_the_index_listing_both()
    {
        var page = TestSite.Build(TwoBriefings).Clean().Page("quotes/index.html");
        Assert.Single(QuoteElements().Matches(page));
        Assert.Contains("""<a href="/briefings/first/#q-jeyhun-bayramov-2025-06-14-""", page, StringComparison.Ordinal);
        Assert.Contains("""<a href="/briefings/second/#q-jeyhun-bayramov-2025-06-14-""", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_identical_quotes_in_one_briefing_each_keep_an_element_with_its_own_id()
    {
        var page = TestSite.Build(Bayramov + Briefing("first", "2025-06-15", 2)).Clean().Page("briefings/first/index.html");
        var ids = QuoteElements().Matches(page).Select(m => m.Groups["id"].Value).ToList();
        Assert.Equal(2, ids.Count);
        Assert.Equal(ids[0] + "-2", ids[1]);
    }

    [Fact]
    public void No_page_has_two_elements_with_one_id_when_quotes_repeat()
    {
        var site = TestSite.Build(TwoBriefings + Briefing("third", "2025-06-17", 2)).Clean();
        foreach (var path in site.Paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal)))
        {
            var ids = Ids().Matches(site.Page(path)).Select(m => m.Groups["id"].Value).ToList();
            Assert.True(ids.Count == ids.Distinct(StringComparer.Ordinal).Count(),
                $"{path} repeats {string.Join(", ", ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key))}");
        }
    }

    [Fact]
    public void Links_between_a_briefing_and_the_index_land_on_that_quotes_element()
    {
        var site = TestSite.Build(TwoBriefings + Briefing("third", "2025-06-17", 2)).Clean();
        var index = site.Page("quotes/index.html");
        var indexIds = QuoteElements().Matches(index).Select(m => m.Groups["id"].Value).ToHashSet(StringComparer.Ordinal);
        foreach (var slug in new[] { "first", "second", "third" })
        {
            var page = site.Page($"briefings/{slug}/index.html");
            foreach (Match link in IndexLinks().Matches(page)) Assert.Contains(link.Groups["id"].Value, indexIds);
        }

        // From the index, every briefing that carries the quote, each copy at its own element.
        var targets = BriefingLinks().Matches(index).Select(m => (m.Groups["slug"].Value, m.Groups["id"].Value)).Distinct().ToList();
        Assert.Equal(4, targets.Count);
        foreach (var (slug, id) in targets)
            Assert.Contains($"""<div class="quote" id="{id}">""", site.Page($"briefings/{slug}/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_repeated_in_a_newer_briefing_keeps_its_index_entry_from_the_oldest()
    {
        var site = TestSite.Build(TwoBriefings).Clean();
        var index = site.Page("quotes/index.html");
        Assert.True(index.IndexOf("/briefings/first/", StringComparison.Ordinal) < index.IndexOf("/briefings/second/", StringComparison.Ordinal));
        // The country of either briefing lists it once.
        Assert.Single(QuoteElements().Matches(site.Page("countries/turkiye/index.html")));
    }

    [Fact]
    public void A_newer_briefing_repeating_a_quote_updates_the_older_briefings_page_in_the_preview()
    {
        var (before, theme) = TestSite.Files(Bayramov + Briefing("first", "2025-06-15", 1));
        var (after, _) = TestSite.Files(TwoBriefings);
        var live = new LiveSite(new BuildOptions());
        Assert.True(live.Update(before, theme).Succeeded);
        var update = live.Update(after, theme);
        Assert.Contains("briefings/first/index.html", update.Changed);
        Assert.Contains("/briefings/second/#q-", System.Text.Encoding.UTF8.GetString(live.Files["briefings/first/index.html"]), StringComparison.Ordinal);
        var full = SiteBuilder.Build(after, theme, new BuildOptions());
        foreach (var f in full.Files) Assert.True(f.Bytes.AsSpan().SequenceEqual(live.Files[f.Path]), $"{f.Path} differs from a full build");
    }

    [GeneratedRegex("""<div class="quote" id="(?<id>[^"]+)">""")]
    private static partial Regex QuoteElements();

    [GeneratedRegex(@" id=""(?<id>[^""]+)""")]
    private static partial Regex Ids();

    [GeneratedRegex(@" href=""/quotes/#(?<id>[^""]+)""")]
    private static partial Regex IndexLinks();

    [GeneratedRegex(@" href=""/briefings/(?<slug>[a-z]+)/#(?<id>q-[^""]+)""")]
    private static partial Regex BriefingLinks();
}
