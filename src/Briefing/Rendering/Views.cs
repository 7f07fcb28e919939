using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;
using Briefing.Graph;
using Briefing.Maps;
using Briefing.Model;
using Scriban.Runtime;

namespace Briefing.Rendering;

/// <summary>
/// Turns graph nodes into the <see cref="View"/>s templates see (strings, numbers, lists, <see cref="SafeHtml"/>),
/// so a template can never reach a .NET object. URLs already carry the base path. One per render.
/// </summary>
public sealed class Views(SiteGraph graph)
{
    // Countries, people and tags appear on many pages; each view is built once and shared (templates only read),
    // in tables by the node's index: render threads read them for every link they write.
    private readonly View?[] _countries = new View?[graph.Countries.Count];
    private readonly View?[] _people = new View?[graph.People.Count];
    private readonly View?[] _organisations = new View?[graph.Organisations.Count];
    private readonly View?[] _tags = new View?[graph.Tags.Count];
    private readonly View?[] _authors = new View?[graph.Authors.Count];
    private readonly View?[] _navigation = new View?[2 * AllNavigationItems.Length]; // each item not current, then current

    // What a node's view shows, worked out once per render (a card or a quote appears on many pages), boxed so that
    // a thread reads either none or the whole of it; by node position, one table per shape.
    private readonly object?[] _cardPrints = new object?[graph.Briefings.Count];
    private readonly object?[] _quotePrints = new object?[graph.Quotes.Sum(q => q.Occurrences.Count)];
    private readonly object?[] _eventPrints = new object?[graph.Timeline.Count];

    private static readonly (string Title, string Url)[] AllNavigationItems =
        [("Home", ""), ("Briefings", "briefings/"), ("Countries", "countries/"), ("People", "people/"), ("Organisations", "organisations/"),
         ("Timeline", "timeline/"), ("Quotes", "quotes/"), ("Tags", "tags/")];

    // A site without organisations has no page listing them.
    private readonly (string Title, string Url)[] _navigationItems =
        graph.Organisations.Count > 0 ? AllNavigationItems : AllNavigationItems.Where(i => i.Url != "organisations/").ToArray();

    private SiteArchives? _archives;

    /// <summary>The graph the views show.</summary>
    public SiteGraph Graph => graph;

    /// <summary>The archives of the site's list pages, which also say which page holds an event or a quote.</summary>
    public SiteArchives Archives => LazyInitializer.EnsureInitialized(ref _archives, () => new SiteArchives(graph, this));

    /// <summary>The URL of an event on the timeline: on the page that holds it, list page or archive page.</summary>
    public string TimelineUrl(EventNode e) => Url(Archives.Timeline.UrlOf(e)) + "#" + e.Anchor;

    /// <summary>The URL of a quote in the quote index, on the page that holds it; null for words marked misattributed, which it leaves out.</summary>
    public string? IndexUrl(QuoteNode q) => q.Misattributed ? null : Url(Archives.QuoteIndex.UrlOf(q.Occurrences[0])) + "#" + q.IndexAnchor;

    /// <summary>The URL path of a site-relative URL, under the base URL's path.</summary>
    public string Url(string relative) => graph.Settings.BasePath + relative;

    // The base URL as text when a plain relative path can simply follow it (no query or fragment to replace).
    private readonly string? _root = graph.Settings.BaseUrl is { Query.Length: 0, Fragment.Length: 0 } root ? root.AbsoluteUri : null;

    /// <summary>The absolute URL of a site-relative URL (a page's canonical address).</summary>
    public string AbsoluteUrl(string relative) =>
        _root is not null && Checking.KnownTargets.IsPlainPath(relative) ? _root + relative : new Uri(graph.Settings.BaseUrl, relative).AbsoluteUri;

    /// <summary>The fingerprint of a view of a node, worked out the first time any page asks for it in this render.</summary>
    internal UInt128 FingerprintOf(View view)
    {
        var table = ReferenceEquals(view.Shape, CardShape) ? _cardPrints : ReferenceEquals(view.Shape, QuoteShape) ? _quotePrints
            : ReferenceEquals(view.Shape, EventShape) ? _eventPrints : throw new InvalidOperationException($"no fingerprint table for {view.Shape.Name} views");
        var index = view.NodeIndex;
        if (Volatile.Read(ref table[index]) is UInt128 known) return known;
        var computed = ViewFingerprint.Compute(view);
        Volatile.Write(ref table[index], computed);
        return computed;
    }

    /// <summary>A ScriptArray of views.</summary>
    public static ScriptArray List<T>(IEnumerable<T> items, Func<T, object?> view)
    {
        var array = items.TryGetNonEnumeratedCount(out var count) ? new ScriptArray(count) : new ScriptArray();
        foreach (var item in items) array.Add(view(item));
        return array;
    }

    private static readonly ViewShape DateShape = ViewShape.Of("date", "iso", "display", "year");
    private static readonly ViewShape LinkShape = ViewShape.Of("link", "name", "url");
    private static readonly ViewShape SourceShape = ViewShape.Of("source", "name", "url", "date");
    // People and organisations are one shape, so a quote's speaker reads the same whoever said it.
    private static readonly ViewShape EntityShape = ViewShape.Of("entity", "name", "url", "role", "country", "is_organisation", "short_name", "kind");
    private static readonly ViewShape AuthorShape = ViewShape.Of("author", "name", "url", "role");
    private static readonly ViewShape NavigationShape = ViewShape.Of("nav", "title", "url", "current");
    private static readonly ViewShape RoleShape = ViewShape.Of("role", "title", "then", "current", "organisation", "country", "from", "to");
    private static readonly ViewShape ParticipantShape = ViewShape.Of("participant", "person", "role");
    private static readonly ViewShape OriginalShape = ViewShape.Of("original", "lang", "name", "dir", "text");

    /// <summary><c>{iso, display, year}</c>.</summary>
    public static View Date(PartialDate date) => new(DateShape, date.Iso, date.Display, date.Year);

    /// <summary><c>{name, url}</c>.</summary>
    public View Link(string name, string relativeUrl) => new(LinkShape, name, Url(relativeUrl));

    /// <summary>A country link, <c>{name, url}</c>.</summary>
    public View Country(CountryNode c) => Shared(_countries, c.Index) ?? Share(_countries, c.Index, Link(c.Country.Name, c.Url));

    /// <summary><c>{name, url, role, country, is_organisation: false}</c> for a person.</summary>
    public View Person(PersonNode p) => Shared(_people, p.Index) ?? Share(_people, p.Index,
        new View(EntityShape, p.Name, Url(p.Url), p.CurrentRole, p.Country is null ? null : Country(p.Country), false, null, null));

    /// <summary><c>{name, url, country, is_organisation: true, short_name, kind}</c> for an organisation (its <c>role</c> is null).</summary>
    public View Organisation(OrganisationNode o) => Shared(_organisations, o.Index) ?? Share(_organisations, o.Index,
        new View(EntityShape, o.Name, Url(o.Url), null, o.Country is null ? null : Country(o.Country), true, o.ShortName, o.File?.Kind));

    /// <summary>A person's or an organisation's view.</summary>
    public View Entity(EntityNode e) => e switch
    {
        PersonNode p => Person(p),
        OrganisationNode o => Organisation(o),
        _ => throw new InvalidOperationException($"no view for {e.GetType().Name}"),
    };

    /// <summary><c>{name, url, role}</c> for an author, the URL that of their page.</summary>
    public View Author(AuthorNode a) => Shared(_authors, a.Index) ?? Share(_authors, a.Index, new View(AuthorShape, a.Name, Url(a.Url), a.File.Role));

    /// <summary>
    /// A role: <c>{title, then, current, organisation, country, from, to}</c>; <c>then</c> when it has ended and is not
    /// held again now (captions say "then …"), <c>organisation</c> and <c>country</c> as their views (<c>{name, url, …}</c>).
    /// </summary>
    public View Role(RoleNode r) => new(RoleShape, r.Title, r.Former, r.IsCurrent,
        r.Organisation is { } organisation ? Organisation(organisation) : null,
        r.Country is null ? null : Country(r.Country),
        r.From is { } from ? Date(from) : null,
        r.To is { } to ? Date(to) : null);

    /// <summary>The role held on <paramref name="date"/> by <paramref name="p"/>, or null when none is known.</summary>
    public View? RoleOn(PersonNode p, PartialDate date) => p.RoleOn(date) is { } r ? Role(r) : null;

    /// <summary>A tag link, <c>{name, url}</c>.</summary>
    public View Tag(TagNode t) => Shared(_tags, t.Index) ?? Share(_tags, t.Index, Link(t.Name, t.Url));

    /// <summary>
    /// The site navigation for the page at <paramref name="pageUrl"/>: <c>{title, url, current}</c> for each section,
    /// current when the page is the section's page or inside it. Each item exists twice, current and not, shared by every page.
    /// </summary>
    public ScriptArray Navigation(string pageUrl) => List(Enumerable.Range(0, _navigationItems.Length), i =>
    {
        var (title, url) = _navigationItems[i];
        var current = pageUrl == url || (url.Length > 0 && pageUrl.StartsWith(url, StringComparison.Ordinal));
        var slot = 2 * i + (current ? 1 : 0);
        return Shared(_navigation, slot) ?? Share(_navigation, slot, new View(NavigationShape, title, Url(url), current));
    });

    private static View? Shared(View?[] table, int index) => Volatile.Read(ref table[index]);

    // The first view stored wins, so every page sees one object per node.
    private static View Share(View?[] table, int index, View view) =>
        Interlocked.CompareExchange(ref table[index], view, null) ?? view;

    /// <summary>A quote's original words: <c>{lang, name, dir, text}</c>, the tag as written, its language's English name (else the tag) and <c>rtl</c> or <c>ltr</c>.</summary>
    public static View Original(string lang, string text)
    {
        var tag = Languages.LanguageRegistry.Default.Read(lang);
        return new View(OriginalShape, lang, tag.Name, tag.Direction, text);
    }

    /// <summary>A source: <c>{name, url, date}</c>.</summary>
    public static View? Source(SourceEntry? s) => s is null ? null : new View(SourceShape, s.Name, s.Url, s.Date is { } d ? Date(d) : null);

    /// <summary>A briefing as it appears in lists.</summary>
    public View Card(BriefingNode b) => new(CardShape, this, b, b.Position);

    private static readonly ViewShape WorldMapShape = ViewShape.Of("world_map", "svg", "legend");
    private static readonly ViewShape MapClassShape = ViewShape.Of("map_class", "label", "css");
    private readonly FragmentCache _locatorMaps = new(64L * 1024 * 1024);
    private View? _worldMap;

    /// <summary>
    /// The locator map of <paramref name="countries"/> (a briefing's, a country's), null for none: drawn once per set of
    /// countries while the cache has room, since many briefings name the same ones; kept as UTF-8, which pages splice in
    /// as it is. The cache is bounded: a large site names tens of thousands of sets, most on one page only.
    /// </summary>
    public SafeHtml? LocatorMap(IReadOnlyList<CountryNode> countries)
    {
        if (countries.Count == 0) return null;
        var codes = string.Join(',', countries.Select(c => c.Country.Alpha2));
        var key = XxHash128.HashToUInt128(MemoryMarshal.AsBytes(codes.AsSpan()));
        if (!_locatorMaps.TryGet(key, out var utf8))
        {
            utf8 = LocatorMaps.Locator(countries.Select(c => c.Country).ToList()) is { } svg ? Encoding.UTF8.GetBytes(svg) : [];
            _locatorMaps.Add(key, utf8);
        }

        return utf8.Length == 0 ? null : new SafeHtml(utf8);
    }

    /// <summary>The world map of the site's countries shaded by how many briefings name each, with its legend (home and countries pages).</summary>
    public View WorldMap => LazyInitializer.EnsureInitialized(ref _worldMap, () =>
    {
        var (svg, classes) = LocatorMaps.World(graph.Countries.Select(c => (c.Country, c.Briefings.Count)).ToList());
        return new View(WorldMapShape, new SafeHtml(svg), List(classes, k => new View(MapClassShape, k.Label, k.CssClass)));
    });

    private static readonly ViewShape MentionShape = ViewShape.Of("mention", "briefing", "sentence");

    /// <summary>A briefing that mentions an entity, with the sentence around the mention.</summary>
    public View Mention(Mention m) => new(MentionShape, Card(m.Briefing), m.Sentence);

    /// <summary>A quote with everything it links to.</summary>
    public View Quote(QuoteNode q) => new(QuoteShape, this, q, q.Index);

    /// <summary>An event with everything it links to.</summary>
    public View Event(EventNode e) => new(EventShape, this, e, e.Index);

    private static readonly ViewShape CardShape = ViewShape.Of<BriefingNode>("card",
        ("title", (_, b) => b.Source.Title),
        ("url", (v, b) => v.Url(b.Url)),
        ("date", (_, b) => Date(PartialDate.From(b.Source.Date))),
        ("summary", (_, b) => b.Source.Summary),
        ("countries", (v, b) => List(b.Countries, v.Country)),
        ("people", (v, b) => List(b.People, v.Person)),
        ("tags", (v, b) => List(b.Tags, v.Tag)),
        ("authors", (v, b) => List(b.Authors, v.Author)));

    // One briefing that carries a quote: its link, the URL of the quote on its page, which repeat it is there.
    private static readonly ViewShape OccurrenceShape = ViewShape.Of("occurrence", "briefing", "url", "number");

    private static readonly ViewShape QuoteShape = ViewShape.Of<QuoteNode>("quote",
        ("anchor", (_, q) => q.Anchor),
        ("index_anchor", (_, q) => q.IndexAnchor),
        ("text", (_, q) => q.Entry.Text),
        ("date", (_, q) => Date(q.Date)),
        ("context", (_, q) => q.Entry.Context),
        ("original", (_, q) => q.Entry.OriginalText is null ? null : Original(q.Entry.OriginalLanguage ?? "", q.Entry.OriginalText)),
        ("speaker", (v, q) => v.Entity(q.Speaker)),
        ("organisations", (v, q) => List(q.Organisations, v.Organisation)),
        ("role", (v, q) => q.Role is { } r ? v.Role(r) : null), // held on the quote's date
        ("briefing", (v, q) => v.Link(q.Briefing.Source.Title, q.Briefing.Url)),
        ("briefing_url", (v, q) => v.Url(q.Briefing.Url) + "#" + q.Anchor),
        ("index_url", (v, q) => v.IndexUrl(q)),
        ("occurrences", (v, q) => List(q.Occurrences, o => new View(OccurrenceShape, v.Link(o.Briefing.Source.Title, o.Briefing.Url),
            v.Url(o.Briefing.Url) + "#" + o.Anchor, o.Number))),
        ("source", (_, q) => Source(q.Source)),
        ("status", (_, q) => q.Entry.StatusName),
        ("status_note", (_, q) => q.Entry.StatusNote));

    private static readonly ViewShape EventShape = ViewShape.Of<EventNode>("event",
        ("anchor", (_, e) => e.Anchor),
        ("title", (_, e) => e.Entry.Title),
        ("date", (_, e) => Date(e.Entry.Date)),
        ("end", (_, e) => e.Entry.End is { } end ? Date(end) : null),
        ("when", (_, e) => PartialDate.DisplaySpan(e.Entry.Date, e.Entry.End)),
        ("countries", (v, e) => List(e.Countries, v.Country)),
        ("people", (v, e) => List(e.People, v.Person)),
        ("organisations", (v, e) => List(e.Organisations, v.Organisation)),
        // Each person with the role held on the event's first day.
        ("participants", (v, e) => List(e.People, p => new View(ParticipantShape, v.Person(p), v.RoleOn(p, e.Entry.Date)))),
        ("briefing", (v, e) => v.Link(e.Briefing.Source.Title, e.Briefing.Url)),
        ("briefing_url", (v, e) => v.Url(e.Briefing.Url) + "#" + e.Anchor),
        ("timeline_url", (v, e) => v.TimelineUrl(e)),
        ("source", (_, e) => Source(e.Source)));
}
