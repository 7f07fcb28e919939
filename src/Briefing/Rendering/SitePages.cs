using Briefing.Graph;
using Briefing.Model;
using static Briefing.Rendering.Views;

namespace Briefing.Rendering;

/// <summary>Lists every page of the site with the variables its template sees.</summary>
public sealed class SitePages(SiteGraph graph, Views views)
{
    private const int HomeListLength = 10;
    private const int HomeShortListLength = 5;
    private readonly Views _v = views;

    /// <summary>All pages in a fixed order.</summary>
    public IEnumerable<PageModel> All()
    {
        yield return Home();
        yield return Page("briefings/", "briefings", "All briefings", null, null, () => [("briefings", List(graph.Briefings, _v.Card))]);
        foreach (var b in graph.Briefings) yield return Briefing(b);
        yield return Page("countries/", "countries", "Countries", null, null, () => [("countries", List(graph.Countries, CountrySummary))]);
        foreach (var c in graph.Countries) yield return Country(c);
        yield return Page("people/", "people", "People", null, null, () => [("people", List(graph.People, PersonSummary))]);
        foreach (var p in graph.People) yield return Person(p);
        yield return Page("timeline/", "timeline", "Timeline", "Every event across all briefings, in date order.", null, () => [("years", Timeline(graph.Timeline))]);
        yield return Page("quotes/", "quotes", "Quotes", "Every quote, grouped by speaker and ordered by date.", null, () => [("speakers", Speakers())]);
        yield return Page("tags/", "tags", "Tags", null, null, () => [("tags", List(graph.Tags, t => Object(("name", t.Name), ("url", _v.Url(t.Url)), ("count", t.Briefings.Count))))]);
        foreach (var t in graph.Tags)
            yield return Page(t.Url, "tag", $"Tag: {t.Name}", null, null, () => [("tag", Object(("name", t.Name), ("briefings", List(t.Briefings, _v.Card))))]);
        yield return Page("404.html", "404", "Page not found", null, null);
    }

    // A page's variables are built only when it is rendered, so the models of a large site never all exist at once.
    private static PageModel Page(string url, string kind, string title, string? description, string? sourcePath, Func<(string, object?)[]>? variables = null) =>
        new(url, kind, title, description, sourcePath, () => Globals(variables?.Invoke() ?? []));

    private PageModel Home() => Page("", "home", graph.Settings.Title, graph.Settings.Description, null, () => [("latest", List(graph.Briefings.Take(HomeListLength), _v.Card)),
        ("active_countries", List(graph.Countries.Where(c => c.Briefings.Count > 0)
            .OrderByDescending(c => c.Briefings.Count).ThenBy(c => c.Country.Name, StringComparer.Ordinal).Take(HomeListLength), CountrySummary)),
        ("recent_quotes", List(graph.Quotes.Reverse().Take(HomeShortListLength), _v.Quote)),
        ("recent_events", List(graph.Timeline.Reverse().Take(HomeShortListLength), _v.Event))]);

    private PageModel Briefing(BriefingNode b)
    {
        var s = b.Source;
        return Page(b.Url, "briefing", s.Title, s.Summary, s.Path, () => [("briefing", Object(
            ("title", s.Title),
            ("date", Date(PartialDate.From(s.Date))),
            ("summary", s.Summary),
            ("lead", s.Summary == s.Body.FirstParagraph ? null : s.Summary),
            ("body", new SafeHtml(s.Body.HtmlUtf8)),
            ("countries", List(b.Countries, _v.Country)),
            ("people", List(b.People, _v.Person)),
            ("tags", List(b.Tags, _v.Tag)),
            ("events", List(b.Events, _v.Event)),
            ("quotes", List(b.Quotes, _v.Quote)),
            ("sources", List(s.Sources, Source)),
            ("updates", List(s.Updates, u => Object(("date", Date(u.Date)), ("note", u.Note)))),
            ("related", List(b.Related, _v.Card))))]);
    }

    private object CountrySummary(CountryNode c) => Object(
        ("name", c.Country.Name), ("url", _v.Url(c.Url)), ("region", c.Country.Region),
        ("briefing_count", c.Briefings.Count), ("event_count", c.Events.Count), ("quote_count", c.QuotesBy.Count));

    private PageModel Country(CountryNode c)
    {
        var k = c.Country;
        return Page(c.Url, "country", k.Name, $"Briefings, events and quotes about {k.Name}.", c.IntroductionPath, () => [("country", Object(
            ("name", k.Name),
            ("official_name", k.OfficialName),
            ("code", k.Alpha2),
            ("alpha3", k.Alpha3),
            ("capital", k.Capital),
            ("region", k.Region),
            ("subregion", k.Subregion),
            ("demonym", k.Demonym),
            ("introduction", c.Introduction is null ? null : new SafeHtml(c.Introduction.HtmlUtf8)),
            ("briefings", List(c.Briefings, _v.Card)),
            ("events", List(c.Events, _v.Event)),
            ("quotes_by", List(c.QuotesBy, _v.Quote)),
            ("quotes_about", List(c.QuotesAbout, _v.Quote)),
            ("people", List(c.People, _v.Person)),
            ("appears_with", List(c.AppearsWith, kv => Object(("name", kv.Key.Country.Name), ("url", _v.Url(kv.Key.Url)), ("count", kv.Value))))))]);
    }

    private object PersonSummary(PersonNode p) => Object(
        ("name", p.Name), ("url", _v.Url(p.Url)), ("role", p.File?.Role),
        ("country", p.Country is null ? null : _v.Country(p.Country)),
        ("briefing_count", p.Briefings.Count), ("quote_count", p.Quotes.Count));

    private PageModel Person(PersonNode p)
    {
        var description = p.File?.Body.FirstParagraph is { Length: > 0 } bio ? bio : $"Quotes, events and briefings involving {p.Name}.";
        return Page(p.Url, "person", p.Name, description, p.File?.Path, () => [("person", Object(
            ("name", p.Name),
            ("role", p.File?.Role),
            ("country", p.Country is null ? null : _v.Country(p.Country)),
            ("biography", p.File is null || p.File.Body.IsEmpty ? null : new SafeHtml(p.File.Body.HtmlUtf8)),
            ("has_file", p.File is not null),
            ("quotes", List(p.Quotes, _v.Quote)),
            ("events", List(p.Events, _v.Event)),
            ("briefings", List(p.Briefings, _v.Card))))]);
    }

    private object Timeline(IReadOnlyList<EventNode> events) => List(events.GroupBy(e => e.Entry.Date.Year), year => Object(
        ("year", year.Key),
        ("anchor", $"y{year.Key}"),
        ("months", List(year.GroupBy(e => e.Entry.Date.Month), month => Object(
            ("name", month.Key is int m ? $"{month.First().Entry.Date.MonthName} {year.Key}" : $"{year.Key}, month not known"),
            ("anchor", month.Key is int mm ? $"y{year.Key}-{mm:D2}" : $"y{year.Key}-00"),
            ("events", List(month, _v.Event)))))));

    private object Speakers() => List(
        graph.People.Where(p => p.Quotes.Count > 0),
        p => Object(("person", _v.Person(p)), ("anchor", $"by-{p.Id}"), ("quotes", List(p.Quotes, _v.Quote))));
}
