using System.Collections.Concurrent;
using Briefing.Graph;
using Briefing.Model;
using Scriban.Runtime;

namespace Briefing.Rendering;

/// <summary>
/// Turns graph nodes into the plain Scriban objects templates see (strings, numbers, lists, <see cref="SafeHtml"/>),
/// so a template can never reach a .NET object. URLs already carry the base path.
/// </summary>
public sealed class Views(SiteSettings settings)
{
    // Every briefing, quote and event appears on many pages; its view is built once and shared (templates only read).
    // Sized up front: growing a concurrent dictionary locks it whole, and render threads fill this one together.
    private readonly ConcurrentDictionary<object, ScriptObject> _cache = new(Environment.ProcessorCount, 1 << 16, ReferenceEqualityComparer.Instance);

    /// <summary>The URL path of a site-relative URL, under the base URL's path.</summary>
    public string Url(string relative) => settings.BasePath + relative;

    /// <summary>A ScriptObject from name/value pairs, in the order given.</summary>
    public static ScriptObject Object(params (string Name, object? Value)[] members)
    {
        var o = new ScriptObject(members.Length);
        foreach (var (name, value) in members) o.SetValue(name, value, readOnly: false);
        return o;
    }

    /// <summary>A ScriptArray of views.</summary>
    public static ScriptArray List<T>(IEnumerable<T> items, Func<T, object?> view)
    {
        var array = items.TryGetNonEnumeratedCount(out var count) ? new ScriptArray(count) : new ScriptArray();
        foreach (var item in items) array.Add(view(item));
        return array;
    }

    /// <summary><c>{iso, display}</c>.</summary>
    public static ScriptObject Date(PartialDate date) => Object(("iso", date.Iso), ("display", date.Display));

    /// <summary><c>{name, url}</c>.</summary>
    public ScriptObject Link(string name, string relativeUrl) => Object(("name", name), ("url", Url(relativeUrl)));

    /// <summary>A country link.</summary>
    public ScriptObject Country(CountryNode c) => _cache.GetOrAdd(c, _ => Link(c.Country.Name, c.Url));

    /// <summary><c>{name, url, role, country}</c> for a person.</summary>
    public ScriptObject Person(PersonNode p) => _cache.GetOrAdd(p, _ =>
        Object(("name", p.Name), ("url", Url(p.Url)), ("role", p.File?.Role), ("country", p.Country is null ? null : Country(p.Country))));

    /// <summary>A tag link.</summary>
    public ScriptObject Tag(TagNode t) => _cache.GetOrAdd(t, _ => Link(t.Name, t.Url));

    /// <summary>A source: <c>{name, url, date}</c>.</summary>
    public static ScriptObject? Source(SourceEntry? s) =>
        s is null ? null : Object(("name", s.Name), ("url", s.Url), ("date", s.Date is { } d ? Date(d) : null));

    /// <summary>A briefing as it appears in lists.</summary>
    public ScriptObject Card(BriefingNode b) => _cache.GetOrAdd(b, _ => Object(
        ("title", b.Source.Title),
        ("url", Url(b.Url)),
        ("date", Date(PartialDate.From(b.Source.Date))),
        ("summary", b.Source.Summary),
        ("countries", List(b.Countries, Country)),
        ("people", List(b.People, Person)),
        ("tags", List(b.Tags, Tag))));

    /// <summary>A quote with everything it links to.</summary>
    public ScriptObject Quote(QuoteNode q) => _cache.GetOrAdd(q, _ => Object(
        ("anchor", q.Anchor),
        ("text", q.Entry.Text),
        ("date", Date(q.Date)),
        ("context", q.Entry.Context),
        ("original", q.Entry.OriginalText is null ? null : Object(("lang", q.Entry.OriginalLanguage), ("text", q.Entry.OriginalText))),
        ("speaker", Person(q.Speaker)),
        ("briefing", Link(q.Briefing.Source.Title, q.Briefing.Url)),
        ("briefing_url", Url(q.Briefing.Url) + "#" + q.Anchor),
        ("index_url", Url("quotes/") + "#" + q.Anchor),
        ("source", Source(q.Source))));

    /// <summary>An event with everything it links to.</summary>
    public ScriptObject Event(EventNode e) => _cache.GetOrAdd(e, _ => Object(
        ("anchor", e.Anchor),
        ("title", e.Entry.Title),
        ("date", Date(e.Entry.Date)),
        ("end", e.Entry.End is { } end ? Date(end) : null),
        ("when", PartialDate.DisplaySpan(e.Entry.Date, e.Entry.End)),
        ("countries", List(e.Countries, Country)),
        ("people", List(e.People, Person)),
        ("briefing", Link(e.Briefing.Source.Title, e.Briefing.Url)),
        ("briefing_url", Url(e.Briefing.Url) + "#" + e.Anchor),
        ("timeline_url", Url("timeline/") + "#" + e.Anchor),
        ("source", Source(e.Source))));
}
