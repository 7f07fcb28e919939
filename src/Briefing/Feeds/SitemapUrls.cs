using Briefing.Graph;
using Briefing.Rendering;

namespace Briefing.Feeds;

/// <summary>
/// The sitemap's pages: every HTML page but the not-found page and the redirect pages of moved ones, in URL order. A briefing's page last changed on its
/// <see cref="ChangeDates.LastChange"/>; a country, person, organisation or tag page on the latest of the briefings it shows (a page
/// that shows none has no date); every other page (home, indexes, timeline, quotes) on the latest of the site.
/// </summary>
public static class SitemapUrls
{
    /// <summary>The sitemap entries for <paramref name="pages"/> of <paramref name="graph"/>.</summary>
    public static List<SitemapUrl> Of(SiteGraph graph, IEnumerable<PageModel> pages, Views views)
    {
        var changed = new DateOnly[graph.Briefings.Count];
        foreach (var b in graph.Briefings) changed[b.Position] = ChangeDates.LastChange(b.Source);
        DateOnly? Latest(IEnumerable<BriefingNode> briefings)
        {
            DateOnly? latest = null;
            foreach (var b in briefings)
                if (latest is not { } l || changed[b.Position] > l) latest = changed[b.Position];
            return latest;
        }

        var byUrl = new Dictionary<string, DateOnly?>(StringComparer.Ordinal);
        foreach (var b in graph.Briefings) byUrl[b.Url] = changed[b.Position];
        foreach (var c in graph.Countries)
            byUrl[c.Url] = Latest(c.Briefings.Concat(c.Events.Select(e => e.Briefing)).Concat(c.QuotesBy.Concat(c.QuotesAbout).SelectMany(q => q.Occurrences).Select(q => q.Briefing)));
        foreach (var p in graph.People) byUrl[p.Url] = Latest(p.Briefings);
        foreach (var o in graph.Organisations) byUrl[o.Url] = Latest(o.Briefings.Concat(o.CitedBy));
        foreach (var t in graph.Tags) byUrl[t.Url] = Latest(t.Briefings);
        foreach (var a in graph.Authors) byUrl[a.Url] = Latest(a.Briefings);
        var site = Latest(graph.Briefings);

        return pages.Where(p => p.Kind is not ("404" or "redirect"))
            .Select(p => new SitemapUrl(views.AbsoluteUrl(p.Url), byUrl.TryGetValue(p.Url, out var day) ? day : site))
            .OrderBy(u => u.Location, StringComparer.Ordinal)
            .ToList();
    }
}
