using Briefing.Model;
using System.Text;
using Briefing.Graph;
using Briefing.Rendering;

namespace Briefing.Feeds;

/// <summary>
/// Every feed of the site, planned from the graph: the latest briefings (<c>/feed.xml</c>, <c>/feed.json</c>), one
/// Atom feed per country, person and tag that has briefings (<c>&lt;page&gt;feed.xml</c>), and the corrections and
/// updates (<c>/updates/feed.xml</c>, one entry per update note). The site's hold the newest <see cref="EntriesPerFeed"/>
/// entries, a page's the newest <see cref="EntriesPerPageFeed"/>. Planning is cheap (no entry is made); <see cref="Document"/> gathers one feed's entries and
/// <see cref="Write"/> writes it (an entry in several feeds is formatted once).
/// </summary>
public sealed class SiteFeeds
{
    /// <summary>Entries in the site's feeds: a reader polls often; older briefings are on the pages.</summary>
    public const int EntriesPerFeed = 20;

    /// <summary>
    /// Entries in a country's, person's or tag's feed: such a page gets fewer new briefings than the site, and with
    /// full bodies in about one feed per five briefings, twenty made the feeds outweigh the briefing pages themselves.
    /// </summary>
    public const int EntriesPerPageFeed = 10;

    private readonly SiteGraph _graph;
    private readonly Views _views;
    private readonly Dictionary<string, List<FeedLink>> _links = new(StringComparer.Ordinal);

    /// <summary>The feeds of <paramref name="graph"/>; <paramref name="views"/> makes the URLs.</summary>
    public SiteFeeds(SiteGraph graph, Views views)
    {
        (_graph, _views) = (graph, views);
        var s = graph.Settings;
        List<FeedFile> files =
        [
            new("feed.xml", AtomFeedWriter.MediaType, "", s.Title, s.Description, () => Briefings(graph.Briefings, EntriesPerFeed)),
            new("feed.json", JsonFeedWriter.MediaType, "", s.Title, s.Description, () => Briefings(graph.Briefings, EntriesPerFeed)),
            new("updates/feed.xml", AtomFeedWriter.MediaType, "", $"Corrections and updates · {s.Title}", "Every correction and update note, newest first.", Updates),
        ];
        foreach (var c in graph.Countries.Where(c => c.Briefings.Count > 0))
            files.Add(new(c.Url + "feed.xml", AtomFeedWriter.MediaType, c.Url, $"{c.Country.Name} · {s.Title}", $"Briefings about {c.Country.Name}.", () => Briefings(c.Briefings, EntriesPerPageFeed)));
        foreach (var p in graph.People.Where(p => p.Briefings.Count > 0))
            files.Add(new(p.Url + "feed.xml", AtomFeedWriter.MediaType, p.Url, $"{p.Name} · {s.Title}", $"Briefings involving {p.Name}.", () => Briefings(p.Briefings, EntriesPerPageFeed)));
        foreach (var o in graph.Organisations.Where(o => o.Briefings.Count > 0))
            files.Add(new(o.Url + "feed.xml", AtomFeedWriter.MediaType, o.Url, $"{o.Name} · {s.Title}", $"Briefings involving {o.Name}.", () => Briefings(o.Briefings, EntriesPerPageFeed)));
        foreach (var t in graph.Tags.Where(t => t.Briefings.Count > 0))
            files.Add(new(t.Url + "feed.xml", AtomFeedWriter.MediaType, t.Url, $"Tag: {t.Name} · {s.Title}", $"Briefings tagged {t.Name}.", () => Briefings(t.Briefings, EntriesPerPageFeed)));
        Files = files;
        foreach (var f in files)
        {
            if (!_links.TryGetValue(f.PageUrl, out var list)) _links[f.PageUrl] = list = [];
            list.Add(new FeedLink(f.LinkTitle, f.MediaType, f.Path));
        }
    }

    /// <summary>Every feed file, in a fixed order.</summary>
    public IReadOnlyList<FeedFile> Files { get; }

    /// <summary>The feeds the page at <paramref name="pageUrl"/> (site-relative) links to as alternates; often none.</summary>
    public IReadOnlyList<FeedLink> LinksFor(string pageUrl) => _links.TryGetValue(pageUrl, out var list) ? list : [];

    /// <summary>What <paramref name="file"/> holds (cheap: the bodies are referenced, not decoded).</summary>
    public FeedDocument Document(FeedFile file)
    {
        var s = _graph.Settings;
        var entries = file.Entries();
        var updated = entries.Count > 0 ? entries.Max(e => e.Updated) : Newest();
        return new FeedDocument(_views.AbsoluteUrl(file.Path), file.Title, file.Subtitle, s.Language, _views.AbsoluteUrl(file.Path),
            _views.AbsoluteUrl(file.PageUrl), s.Title, s.BaseUrl.AbsoluteUri, updated, entries);
    }

    /// <summary>The bytes of <paramref name="file"/>, whose <see cref="Document"/> is <paramref name="document"/>; Atom feeds through <paramref name="atom"/>, which keeps the entries it formatted for the other feeds it writes.</summary>
    public static byte[] Write(FeedFile file, FeedDocument document, AtomFeedWriter atom) =>
        file.MediaType == JsonFeedWriter.MediaType ? JsonFeedWriter.Write(document) : atom.Write(document);

    // An empty feed's date: the newest change on the site, or the Unix epoch for a site without briefings (never the clock).
    private DateOnly Newest() => _graph.Briefings.Count == 0 ? new DateOnly(1970, 1, 1) : _graph.Briefings.Max(b => ChangeDates.LastChange(b.Source));

    // Lists are newest first already (date, then slug), as the pages show them.
    private List<FeedEntry> Briefings(IReadOnlyList<BriefingNode> briefings, int count) => briefings.Take(count).Select(b =>
    {
        var s = b.Source;
        return new FeedEntry(EntryIds.Briefing(_graph.Settings, b), s.Title, _views.AbsoluteUrl(b.Url), s.Date, ChangeDates.LastChange(s), s.Summary,
            s.Body.HtmlUtf8, true, b.Tags.Select(t => t.Name).ToList()) { Authors = Authors(b) };
    }).ToList();

    private List<FeedAuthor> Authors(BriefingNode b) => b.Authors.Select(a => new FeedAuthor(a.Name, _views.AbsoluteUrl(a.Url))).ToList();

    // Every update note of the site, newest first (then in briefing order, then as written); the note is the content.
    private List<FeedEntry> Updates() => _graph.Briefings
        .SelectMany(b => b.Source.Updates.Select((u, i) => (Briefing: b, Update: u, Day: ChangeDates.Of(u, b.Source),
            SameDate: b.Source.Updates.Take(i).Count(o => o.Date == u.Date) + 1, Written: i)))
        .OrderByDescending(u => u.Day).ThenBy(u => u.Briefing.Position).ThenBy(u => u.Written)
        .Take(EntriesPerFeed)
        .Select(u => new FeedEntry(EntryIds.Update(_graph.Settings, u.Briefing, u.Update, u.SameDate), $"{(u.Update.Kind == UpdateKind.Correction ? "Correction" : "Update")}: {u.Briefing.Source.Title}",
            _views.AbsoluteUrl(u.Briefing.Url), u.Day, u.Day, null, Encoding.UTF8.GetBytes(u.Update.Note), false, u.Briefing.Tags.Select(t => t.Name).ToList()) { Authors = Authors(u.Briefing) })
        .ToList();
}
