using Briefing.Graph;
using Briefing.Model;

namespace Briefing.Rendering;

/// <summary>
/// The archive of each list page of the site (<see cref="Archive"/>): which lists a kind of page has, how many of
/// each it shows (site.yml <c>list_length</c>, else 50 briefings, 100 events, 100 quotes) and how many items one
/// archive page holds (<c>archive_page_size</c>, else 1,000). Lists are newest first. One per render; the site-wide
/// archives are planned once, when first asked (links to events and quotes need them), the others per page.
/// </summary>
public sealed class SiteArchives
{
    /// <summary>How many briefings a list page shows when site.yml does not say.</summary>
    public const int LatestBriefings = 50;

    /// <summary>How many events a list page shows when site.yml does not say.</summary>
    public const int LatestEvents = 100;

    /// <summary>How many quotes a list page shows when site.yml does not say.</summary>
    public const int LatestQuotes = 100;

    /// <summary>The most items on one archive page when site.yml does not say.</summary>
    public const int DefaultPageSize = 1000;

    private readonly SiteGraph _graph;
    private readonly Views _v;
    private readonly Lazy<Archive> _timeline, _quotes, _briefings;

    /// <summary>The archives of <paramref name="graph"/>, drawn with <paramref name="views"/>.</summary>
    public SiteArchives(SiteGraph graph, Views views)
    {
        (_graph, _v) = (graph, views);
        _timeline = new(() => Plan("timeline/", "Timeline", Events("events", "Events", graph.Timeline, index: true)));
        _quotes = new(() => Plan("quotes/", "Quotes", Quotes("quotes", "Quotes", graph.Quotes.Where(q => !q.Misattributed), index: true)));
        _briefings = new(() => Plan("briefings/", "All briefings", Briefings("briefings", "Briefings", graph.Briefings)));
    }

    /// <summary>The timeline's: every event.</summary>
    public Archive Timeline => _timeline.Value;

    /// <summary>The quote index's: every quote not marked misattributed, once.</summary>
    public Archive QuoteIndex => _quotes.Value;

    /// <summary>The list of all briefings'.</summary>
    public Archive BriefingList => _briefings.Value;

    /// <summary>A country page's: its briefings, events, its people's quotes, other quotes about it and the briefings that mention it.</summary>
    public Archive Country(CountryNode c) => Plan(c.Url, c.Country.Name,
        Briefings("briefings", "Briefings", c.Briefings), Events("events", "Timeline", c.Events),
        Quotes("quotes_by", "What its officials said", c.QuotesBy), Quotes("quotes_about", $"Other quotes from briefings about {c.Country.Name}", c.QuotesAbout),
        Mentions("mentions", "Mentioned in", c.Mentions));

    /// <summary>A person page's: their quotes, events, briefings and the briefings that mention them.</summary>
    public Archive Person(PersonNode p) => Plan(p.Url, p.Name,
        Quotes("quotes", "Quotes", p.Quotes), Events("events", "Events", p.Events), Briefings("briefings", "Briefings", p.Briefings),
        Mentions("mentions", "Mentioned in", p.Mentions));

    /// <summary>An organisation page's: its statements, quotes about it, events, briefings, mentions and the briefings that cite it.</summary>
    public Archive Organisation(OrganisationNode o) => Plan(o.Url, o.Name,
        Quotes("quotes", "Statements", o.Quotes), Quotes("quotes_about", "Quotes about it", o.QuotesAbout), Events("events", "Events", o.Events),
        Briefings("briefings", "Briefings", o.Briefings), Mentions("mentions", "Mentioned in", o.Mentions), Briefings("cited_by", "Cited as a source", o.CitedBy));

    /// <summary>A tag page's: its briefings.</summary>
    public Archive Tag(TagNode t) => Plan(t.Url, $"Tag: {t.Name}", Briefings("briefings", "Briefings", t.Briefings));

    /// <summary>An author page's: their briefings.</summary>
    public Archive Author(AuthorNode a) => Plan(a.Url, a.Name, Briefings("briefings", "Briefings", a.Briefings));

    /// <summary>An archive of the page at <paramref name="url"/> with <paramref name="lists"/> (made with the methods below), for any kind of list page.</summary>
    public Archive Plan(string url, string title, params ArchiveList[] lists) =>
        Archive.Plan(url, title, _graph.Settings.ArchivePageSize ?? DefaultPageSize, lists);

    /// <summary>A list of briefings, given newest first.</summary>
    public ArchiveList Briefings(string name, string heading, IReadOnlyList<BriefingNode> briefings) =>
        new(name, heading, "briefings", briefings, b => PartialDate.From(((BriefingNode)b).Source.Date), Latest(LatestBriefings), b => _v.Card((BriefingNode)b));

    /// <summary>A list of events, shown newest first (events of one date in timeline order).</summary>
    public ArchiveList Events(string name, string heading, IEnumerable<EventNode> events, bool index = false) =>
        new(name, heading, "events", events.OrderByDescending(e => e.Entry.Date).ToArray(), e => ((EventNode)e).Entry.Date, Latest(LatestEvents),
            e => _v.Event((EventNode)e), index);

    /// <summary>A list of quotes, shown newest first (quotes of one date in the order given).</summary>
    public ArchiveList Quotes(string name, string heading, IEnumerable<QuoteNode> quotes, bool index = false) =>
        new(name, heading, "quotes", quotes.OrderByDescending(q => q.Date).ToArray(), q => ((QuoteNode)q).Date, Latest(LatestQuotes),
            q => _v.Quote((QuoteNode)q), index);

    /// <summary>A list of mentions, given newest first (by their briefing).</summary>
    public ArchiveList Mentions(string name, string heading, IReadOnlyList<Mention> mentions) =>
        new(name, heading, "mentions", mentions, m => PartialDate.From(((Mention)m).Briefing.Source.Date), Latest(LatestBriefings), m => _v.Mention((Mention)m));

    private int Latest(int byDefault) => _graph.Settings.ListLength ?? byDefault;
}
