using Briefing.Graph;
using Briefing.Model;
using Scriban.Runtime;

namespace Briefing.Rendering;

/// <summary>
/// Turns graph nodes into the plain Scriban objects templates see (strings, numbers, lists, <see cref="SafeHtml"/>),
/// so a template can never reach a .NET object. URLs already carry the base path.
/// </summary>
public sealed class Views(SiteGraph graph)
{
    // Countries, people and tags appear on many pages; each view is built once and shared (templates only read),
    // in tables by the node's index: render threads read them for every link they write.
    private readonly IScriptObject?[] _countries = new IScriptObject?[graph.Countries.Count];
    private readonly IScriptObject?[] _people = new IScriptObject?[graph.People.Count];
    private readonly IScriptObject?[] _tags = new IScriptObject?[graph.Tags.Count];
    private readonly IScriptObject?[] _navigation = new IScriptObject?[2 * NavigationItems.Length]; // each item not current, then current

    private static readonly (string Title, string Url)[] NavigationItems =
        [("Home", ""), ("Briefings", "briefings/"), ("Countries", "countries/"), ("People", "people/"),
         ("Timeline", "timeline/"), ("Quotes", "quotes/"), ("Tags", "tags/")];

    /// <summary>The URL path of a site-relative URL, under the base URL's path.</summary>
    public string Url(string relative) => graph.Settings.BasePath + relative;

    // The base URL as text when a plain relative path can simply follow it (no query or fragment to replace).
    private readonly string? _root = graph.Settings.BaseUrl is { Query.Length: 0, Fragment.Length: 0 } root ? root.AbsoluteUri : null;

    /// <summary>The absolute URL of a site-relative URL (a page's canonical address).</summary>
    public string AbsoluteUrl(string relative) =>
        _root is not null && Checking.KnownTargets.IsPlainPath(relative) ? _root + relative : new Uri(graph.Settings.BaseUrl, relative).AbsoluteUri;

    /// <summary>
    /// A ScriptObject from name/value pairs, in the order given, whose members templates cannot change (several
    /// pages may share it). It behaves as any Scriban object: printed whole, iterated, <c>object.has_key</c>.
    /// </summary>
    public static ScriptObject Object(params (string Name, object? Value)[] members)
    {
        var o = new ScriptObject(members.Length);
        foreach (var (name, value) in members) o.SetValue(name, value, readOnly: true);
        return o;
    }

    /// <summary>The page's own variables, to which the renderer adds the site-wide ones.</summary>
    public static ScriptObject Globals(params (string Name, object? Value)[] members)
    {
        var o = new ScriptObject(members.Length + 16);
        foreach (var (name, value) in members) o.SetValue(name, value, readOnly: false);
        return o;
    }

    private static readonly string[] DateMembers = ["iso", "display"];
    private static readonly string[] LinkMembers = ["name", "url"];
    private static readonly string[] SourceMembers = ["name", "url", "date"];

    /// <summary>A ScriptArray of views.</summary>
    public static ScriptArray List<T>(IEnumerable<T> items, Func<T, object?> view)
    {
        var array = items.TryGetNonEnumeratedCount(out var count) ? new ScriptArray(count) : new ScriptArray();
        foreach (var item in items) array.Add(view(item));
        return array;
    }

    /// <summary><c>{iso, display}</c>, a small read-only view (pages make many of these).</summary>
    public static IScriptObject Date(PartialDate date) => new FixedView(DateMembers, date.Iso, date.Display);

    /// <summary><c>{name, url}</c>, a small read-only view (pages make many of these).</summary>
    public IScriptObject Link(string name, string relativeUrl) => new FixedView(LinkMembers, name, Url(relativeUrl));

    /// <summary>A country link.</summary>
    public IScriptObject Country(CountryNode c) => Shared(_countries, c.Index) ?? Share(_countries, c.Index, SharedLink(c.Country.Name, c.Url));

    /// <summary><c>{name, url, role, country}</c> for a person.</summary>
    public IScriptObject Person(PersonNode p) => Shared(_people, p.Index) ?? Share(_people, p.Index,
        Object(("name", p.Name), ("url", Url(p.Url)), ("role", p.File?.Role), ("country", p.Country is null ? null : Country(p.Country))));

    /// <summary>A tag link.</summary>
    public IScriptObject Tag(TagNode t) => Shared(_tags, t.Index) ?? Share(_tags, t.Index, SharedLink(t.Name, t.Url));

    /// <summary>
    /// The site navigation for the page at <paramref name="pageUrl"/>: <c>{title, url, current}</c> for each section,
    /// current when the page is the section's page or inside it. Each item exists twice, current and not, shared by every page.
    /// </summary>
    public ScriptArray Navigation(string pageUrl) => List(Enumerable.Range(0, NavigationItems.Length), i =>
    {
        var (title, url) = NavigationItems[i];
        var current = pageUrl == url || (url.Length > 0 && pageUrl.StartsWith(url, StringComparison.Ordinal));
        var slot = 2 * i + (current ? 1 : 0);
        return Shared(_navigation, slot) ?? Share(_navigation, slot, Object(("title", title), ("url", Url(url)), ("current", current)));
    });

    // A link that many pages share, as a ScriptObject (see Object).
    private ScriptObject SharedLink(string name, string relativeUrl) => Object(("name", name), ("url", Url(relativeUrl)));

    private static IScriptObject? Shared(IScriptObject?[] table, int index) => Volatile.Read(ref table[index]);

    // The first view stored wins, so every page sees one object per node.
    private static IScriptObject Share(IScriptObject?[] table, int index, IScriptObject view) =>
        Interlocked.CompareExchange(ref table[index], view, null) ?? view;

    /// <summary>A source: <c>{name, url, date}</c>.</summary>
    public static IScriptObject? Source(SourceEntry? s) =>
        s is null ? null : new FixedView(SourceMembers, s.Name, s.Url, s.Date is { } d ? Date(d) : null);

    /// <summary>A briefing as it appears in lists (built per page: see <see cref="LazyView{T}"/>).</summary>
    public IScriptObject Card(BriefingNode b) => new LazyView<BriefingNode>(this, b, CardShape);

    /// <summary>A quote with everything it links to.</summary>
    public IScriptObject Quote(QuoteNode q) => new LazyView<QuoteNode>(this, q, QuoteShape);

    /// <summary>An event with everything it links to.</summary>
    public IScriptObject Event(EventNode e) => new LazyView<EventNode>(this, e, EventShape);

    private static readonly ViewShape<BriefingNode> CardShape = new(
        ("title", (_, b) => b.Source.Title),
        ("url", (v, b) => v.Url(b.Url)),
        ("date", (_, b) => Date(PartialDate.From(b.Source.Date))),
        ("summary", (_, b) => b.Source.Summary),
        ("countries", (v, b) => List(b.Countries, v.Country)),
        ("people", (v, b) => List(b.People, v.Person)),
        ("tags", (v, b) => List(b.Tags, v.Tag)));

    private static readonly ViewShape<QuoteNode> QuoteShape = new(
        ("anchor", (_, q) => q.Anchor),
        ("text", (_, q) => q.Entry.Text),
        ("date", (_, q) => Date(q.Date)),
        ("context", (_, q) => q.Entry.Context),
        ("original", (_, q) => q.Entry.OriginalText is null ? null : Object(("lang", q.Entry.OriginalLanguage), ("text", q.Entry.OriginalText))),
        ("speaker", (v, q) => v.Person(q.Speaker)),
        ("briefing", (v, q) => v.Link(q.Briefing.Source.Title, q.Briefing.Url)),
        ("briefing_url", (v, q) => v.Url(q.Briefing.Url) + "#" + q.Anchor),
        ("index_url", (v, q) => v.Url("quotes/") + "#" + q.Anchor),
        ("source", (_, q) => Source(q.Source)));

    private static readonly ViewShape<EventNode> EventShape = new(
        ("anchor", (_, e) => e.Anchor),
        ("title", (_, e) => e.Entry.Title),
        ("date", (_, e) => Date(e.Entry.Date)),
        ("end", (_, e) => e.Entry.End is { } end ? Date(end) : null),
        ("when", (_, e) => PartialDate.DisplaySpan(e.Entry.Date, e.Entry.End)),
        ("countries", (v, e) => List(e.Countries, v.Country)),
        ("people", (v, e) => List(e.People, v.Person)),
        ("briefing", (v, e) => v.Link(e.Briefing.Source.Title, e.Briefing.Url)),
        ("briefing_url", (v, e) => v.Url(e.Briefing.Url) + "#" + e.Anchor),
        ("timeline_url", (v, e) => v.Url("timeline/") + "#" + e.Anchor),
        ("source", (_, e) => Source(e.Source)));
}
