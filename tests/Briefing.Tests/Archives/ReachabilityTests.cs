using System.Text;
using System.Text.RegularExpressions;
using Briefing.Tests.Support;

namespace Briefing.Tests.Archives;

/// <summary>Whatever a site's size, every page and every event and quote is within three clicks of the home page.</summary>
public sealed partial class ReachabilityTests
{
    [Fact]
    public void Every_page_event_and_quote_is_at_most_three_clicks_from_the_home_page()
    {
        var site = TestSite.Build(LongSite()).Clean();
        var pages = site.Paths.Where(p => p.EndsWith(".html", StringComparison.Ordinal) && p != "404.html").ToHashSet(StringComparer.Ordinal);
        var depth = new Dictionary<string, int>(StringComparer.Ordinal) { ["index.html"] = 0 };
        var queue = new Queue<string>(["index.html"]);
        while (queue.Count > 0)
        {
            var page = queue.Dequeue();
            foreach (Match link in Href().Matches(site.Page(page)))
            {
                var target = PathOf(link.Groups[1].Value);
                if (target is null || !pages.Contains(target) || depth.ContainsKey(target)) continue;
                depth[target] = depth[page] + 1;
                queue.Enqueue(target);
            }
        }

        // The lists are long enough to be cut: years into months, months into parts, the people index into pages.
        Assert.Contains("briefings/2025/06/2/index.html", pages);
        Assert.Contains("people/page/2/index.html", pages);
        var far = pages.Where(p => !depth.TryGetValue(p, out var d) || d > 3).Order(StringComparer.Ordinal).ToList();
        Assert.True(far.Count == 0, "more than three clicks from home: " + string.Join(", ", far.Take(20)));

        // An event or quote is reached when a page at most three clicks away holds its anchor.
        var held = depth.Where(kv => kv.Value <= 3).SelectMany(kv => Anchor().Matches(site.Page(kv.Key)).Select(m => m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);
        var anchors = pages.SelectMany(p => Anchor().Matches(site.Page(p)).Select(m => m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);
        Assert.True(anchors.Count > 100, $"{anchors.Count} event and quote anchors");
        Assert.Empty(anchors.Except(held));
    }

    // Site-relative path of a link within the site (under /news/), or null for another site or a feed.
    private static string? PathOf(string href)
    {
        if (!href.StartsWith("/news/", StringComparison.Ordinal)) return null;
        var path = href["/news/".Length..].Split('#')[0];
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }

    // Three years of briefings, with more in 2025 than an archive page holds, so the archive splits at every level.
    private static string LongSite()
    {
        var text = new StringBuilder("""
            -- site.yml --
            title: Test Briefings
            base_url: https://example.org/news/
            list_length: 3
            archive_page_size: 4

            """);
        var names = new[] { "Ada Lind", "Bo Kerr", "Cy Moss", "Di Park", "Ed Ross", "Fay Hale", "Gil Orr", "Hal Peck", "Ida Rowe", "Jo Tate" };
        foreach (var name in names) text.Append($"-- people/{name.ToLowerInvariant().Replace(' ', '-')}.md --\n---\nname: {name}\ncountry: AZ\n---\n");
        for (var i = 0; i < 60; i++)
        {
            var year = 2023 + i % 3;
            var month = 1 + i / 3 % 12;
            var day = 1 + i % 27;
            var person = names[i % names.Length].ToLowerInvariant().Replace(' ', '-');
            var date = $"{year}-{month:D2}-{day:D2}";
            // Half of 2025 falls in June, so June 2025 is cut into parts.
            if (year == 2025 && i % 2 == 0) date = $"2025-06-{day:D2}";
            text.Append($"""
                -- briefings/b{i:D3}.md --
                ---
                title: Briefing number {i}
                date: {date}
                countries: [{(i % 2 == 0 ? "AZ" : "IR")}]
                people: [{person}]
                tags: [tag-{i % 5}]
                events:
                  - date: {date}
                    title: Event number {i}
                quotes:
                  - by: {person}
                    text: Words number {i}.
                ---
                Body {i}.

                """);
        }

        return text.ToString();
    }

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Href();

    [GeneratedRegex("id=\"((?:e|q)-[^\"]+)\"")]
    private static partial Regex Anchor();
}
