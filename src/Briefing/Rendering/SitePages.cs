using Briefing.Graph;
using Briefing.Model;
using Briefing.OpenData;
using Scriban.Runtime;
using static Briefing.Rendering.Views;

namespace Briefing.Rendering;

/// <summary>
/// Lists every page of the site with the variables its template sees; the search page only with <paramref name="search"/>,
/// the corrections page only with <paramref name="corrections"/> (the theme has one) and a correction to list, the open-data
/// page only with <paramref name="data"/> (the theme has one).
/// </summary>
public sealed class SitePages(SiteGraph graph, Views views, bool search = false, bool corrections = false, DataFiles? data = null)
{
    private const int HomeListLength = 10;
    private const int HomeShortListLength = 5;
    private const int MostQuotedLength = 20;
    private readonly Views _v = views;
    private readonly ArchivePages _pages = new(views);

    /// <summary>All pages in a fixed order.</summary>
    public IEnumerable<PageModel> All()
    {
        var archives = _v.Archives;
        yield return Home();
        foreach (var m in WithArchive(archives.BriefingList, all =>
                     Page("briefings/", "briefings", "All briefings", null, null, () => [("briefings", Shown(all, 0)), ("archive", _pages.Nav(all))])))
            yield return m;
        foreach (var b in graph.Briefings) yield return Briefing(b);
        yield return Page("countries/", "countries", "Countries", null, null, () => [("countries", List(graph.Countries, CountrySummary)), ("world_map", _v.WorldMap)]);
        foreach (var m in graph.Countries.SelectMany(c => WithArchive(archives.Country(c), archive => Country(c, archive)))) yield return m;

        foreach (var m in IndexPages("people/", "people", "People", graph.People, p => p.Name, PersonSummary)) yield return m;
        foreach (var m in graph.People.SelectMany(p => WithArchive(archives.Person(p), archive => Person(p, archive)))) yield return m;

        if (graph.Organisations.Count > 0)
            foreach (var m in IndexPages("organisations/", "organisations", "Organisations", graph.Organisations, o => o.Name, OrganisationSummary)) yield return m;
        foreach (var m in graph.Organisations.SelectMany(o => WithArchive(archives.Organisation(o), archive => Organisation(o, archive)))) yield return m;

        foreach (var m in graph.Authors.SelectMany(a => WithArchive(archives.Author(a), archive => Author(a, archive)))) yield return m;

        foreach (var m in WithArchive(archives.Timeline, timeline => Page("timeline/", "timeline", "Timeline", "Every event across all briefings, newest first.", null,
                     () => [("years", ByMonth(timeline, MonthShape)), ("archive", _pages.Nav(timeline))])))
            yield return m;
        foreach (var m in WithArchive(archives.QuoteIndex, quotes => Page("quotes/", "quotes", "Quotes", "Every quote, newest first.", null,
                     () => [("years", ByMonth(quotes, QuoteMonthShape)), ("speakers", MostQuoted()), ("archive", _pages.Nav(quotes))])))
            yield return m;
        foreach (var m in IndexPages("tags/", "tags", "Tags", graph.Tags, t => t.Name, t => new View(TagSummaryShape, t.Name, _v.Url(t.Url), t.Briefings.Count))) yield return m;
        foreach (var m in graph.Tags.SelectMany(t => WithArchive(archives.Tag(t), archive => Page(t.Url, "tag", $"Tag: {t.Name}", null, null,
                     () => [("tag", new View(TagShape, t.Name, Shown(archive, 0))), ("archive", _pages.Nav(archive))]))))
            yield return m;

        if (corrections && graph.Briefings.Any(b => b.Source.Updates.Any(u => u.Kind == UpdateKind.Correction)))
            yield return Page("corrections/", "corrections", "Corrections", $"Every correction to the briefings of {graph.Settings.Title}, newest first.", null,
                () => [("corrections", Corrections())]);
        if (data is not null)
            yield return Page(DataFiles.Folder, "data", "Open data", $"Every event and quote of {graph.Settings.Title} as CSV, JSON, iCalendar and TimelineJS files: what each holds, every column, and the licence.", null,
                () => [("data", DataPage(data))]);
        if (search) yield return Page("search/", "search", "Search", $"Search the briefings, people and countries of {graph.Settings.Title}.", null);
        yield return Page("404.html", "404", "Page not found", null, null);
        foreach (var r in graph.Redirects)
            yield return Page(r.From, "redirect", r.Title, null, r.At.Path, () => [("redirect", new View(RedirectShape, r.Title, _v.Url(r.To)))], r);
    }

    private static readonly ViewShape TagSummaryShape = ViewShape.Of("tag_summary", "name", "url", "count");
    private static readonly ViewShape TagShape = ViewShape.Of("tag", "name", "briefings");
    private static readonly ViewShape RedirectShape = ViewShape.Of("redirect", "title", "url");
    private static readonly ViewShape UpdateShape = ViewShape.Of("update", "date", "note", "kind");
    private static readonly ViewShape CorrectionShape = ViewShape.Of("correction", "date", "note", "briefing", "url");
    private static readonly ViewShape BriefingShape = ViewShape.Of("briefing",
        "title", "date", "summary", "lead", "body", "countries", "people", "tags", "events", "quotes", "sources", "updates", "corrections", "related", "scheduled", "authors",
        "organisations", "map");
    private static readonly ViewShape CountrySummaryShape = ViewShape.Of("country_summary",
        "name", "url", "region", "briefing_count", "event_count", "quote_count");
    private static readonly ViewShape CountryShape = ViewShape.Of("country",
        "name", "official_name", "code", "alpha3", "capital", "region", "subregion", "demonym", "introduction",
        "briefings", "events", "quotes_by", "quotes_about", "people", "appears_with", "mentions", "map");
    private static readonly ViewShape CountryCountShape = ViewShape.Of("country_count", "name", "url", "count");
    private static readonly ViewShape PersonSummaryShape = ViewShape.Of("person_summary", "name", "url", "role", "country", "briefing_count", "quote_count");
    private static readonly ViewShape PersonPageShape = ViewShape.Of("person_page",
        "name", "role", "country", "biography", "has_file", "roles", "quotes", "events", "briefings", "mentions");
    private static readonly ViewShape OrganisationSummaryShape = ViewShape.Of("organisation_summary",
        "name", "url", "short_name", "kind", "country", "briefing_count", "quote_count", "cited_count");
    private static readonly ViewShape OrganisationPageShape = ViewShape.Of("organisation_page",
        "name", "short_name", "kind", "country", "website", "wikidata", "description", "has_file", "quotes", "quotes_about", "events", "briefings", "people", "cited_by", "mentions");
    private static readonly ViewShape AuthorPageShape = ViewShape.Of("author_page", "name", "role", "website", "biography", "briefings");
    private static readonly ViewShape YearShape = ViewShape.Of("year", "year", "anchor", "months");
    private static readonly ViewShape MonthShape = ViewShape.Of("month", "name", "anchor", "events");
    private static readonly ViewShape DataPageShape = ViewShape.Of("data_page", "license", "files", "countries", "event_columns", "quote_columns");
    private static readonly ViewShape DataFileShape = ViewShape.Of("data_file", "name", "url", "type", "description");
    private static readonly ViewShape DataCountryShape = ViewShape.Of("data_country", "name", "code", "url", "files");
    private static readonly ViewShape DataColumnShape = ViewShape.Of("data_column", "name", "type", "optional", "description");
    private static readonly ViewShape LicenseShape = ViewShape.Of("license", "name", "url");
    private static readonly ViewShape PagerShape = ViewShape.Of("pager", "total", "pages", "newer", "older");
    private static readonly ViewShape PagerPageShape = ViewShape.Of("pager_page", "name", "url", "current");
    private static readonly ViewShape SpeakerShape = ViewShape.Of("speaker", "entity", "count");
    private static readonly ViewShape QuoteMonthShape = ViewShape.Of("quote_month", "name", "anchor", "quotes");

    // A page's variables are built only when it is rendered, so the models of a large site never all exist at once.
    private static PageModel Page(string url, string kind, string title, string? description, string? sourcePath, Func<(string, object?)[]>? variables = null, object? node = null) =>
        new(url, kind, title, description, sourcePath, () => Scope(variables?.Invoke() ?? []), node);

    // The page's own variables, to which the renderer adds the site-wide ones; a scope templates may add to.
    private static ScriptObject Scope((string Name, object? Value)[] members)
    {
        var o = new ScriptObject(members.Length + 16);
        foreach (var (name, value) in members) o.SetValue(name, value, readOnly: false);
        return o;
    }

    private PageModel Home() => Page("", "home", graph.Settings.Title, graph.Settings.Description, null, () => [("latest", List(graph.Briefings.Take(HomeListLength), _v.Card)),
        ("active_countries", List(graph.Countries.Where(c => c.Briefings.Count > 0)
            .OrderByDescending(c => c.Briefings.Count).ThenBy(c => c.Country.Name, StringComparer.Ordinal).Take(HomeListLength), CountrySummary)),
        ("recent_quotes", List(graph.Quotes.Reverse().Take(HomeShortListLength), _v.Quote)),
        ("recent_events", List(graph.Timeline.Reverse().Take(HomeShortListLength), _v.Event)), ("world_map", _v.WorldMap)]);

    private PageModel Briefing(BriefingNode b)
    {
        var s = b.Source;
        return Page(b.Url, "briefing", s.Title, s.Summary, s.Path, () => [("briefing", new View(BriefingShape,
            s.Title,
            Date(PartialDate.From(s.Date)),
            s.Summary,
            s.Summary == s.Body.FirstParagraph ? null : s.Summary,
            new SafeHtml(s.Body.HtmlUtf8),
            List(b.Countries, _v.Country),
            List(b.People, _v.Person),
            List(b.Tags, _v.Tag),
            List(b.Events, _v.Event),
            List(b.Quotes, _v.Quote),
            List(s.Sources, Source),
            List(s.Updates, Update),
            List(s.Updates.Where(u => u.Kind == UpdateKind.Correction), Update),
            List(b.Related, _v.Card),
            b.Scheduled,
            List(b.Authors, _v.Author),
            List(b.Organisations, _v.Organisation),
            _v.LocatorMap(b.Countries)))], b);
    }

    private static View Update(UpdateEntry u) => new(UpdateShape, Date(u.Date), u.Note, u.KindName);

    // Newest first, then in briefing order (newest briefing first), then as written; each links to the notice on its briefing.
    private ScriptArray Corrections() => List(
        graph.Briefings
            .SelectMany(b => b.Source.Updates.Where(u => u.Kind == UpdateKind.Correction).Select((u, i) => (Briefing: b, Update: u, Written: i)))
            .OrderByDescending(c => c.Update.Date).ThenBy(c => c.Briefing.Position).ThenBy(c => c.Written),
        c => new View(CorrectionShape, Date(c.Update.Date), c.Update.Note, _v.Link(c.Briefing.Source.Title, c.Briefing.Url),
            _v.Url(c.Briefing.Url) + "#briefing-corrections"));

    private View CountrySummary(CountryNode c) => new(CountrySummaryShape,
        c.Country.Name, _v.Url(c.Url), c.Country.Region, c.Briefings.Count, c.Events.Count, c.QuotesBy.Count);

    private PageModel Country(CountryNode c, Archive archive)
    {
        var k = c.Country;
        return Page(c.Url, "country", k.Name, $"Briefings, events and quotes about {k.Name}.", c.IntroductionPath, () => [("country", new View(CountryShape,
            k.Name, k.OfficialName, k.Alpha2, k.Alpha3, k.Capital, k.Region, k.Subregion, k.Demonym,
            c.Introduction is null ? null : new SafeHtml(c.Introduction.HtmlUtf8),
            Shown(archive, 0), Shown(archive, 1), Shown(archive, 2), Shown(archive, 3),
            List(c.People, _v.Person),
            List(c.AppearsWith, kv => new View(CountryCountShape, kv.Key.Country.Name, _v.Url(kv.Key.Url), kv.Value)),
            Shown(archive, 4),
            _v.LocatorMap([c]))), ("archive", _pages.Nav(archive))], c);
    }

    private View PersonSummary(PersonNode p) => new(PersonSummaryShape,
        p.Name, _v.Url(p.Url), p.CurrentRole, p.Country is null ? null : _v.Country(p.Country), p.Briefings.Count, p.Quotes.Count);

    private PageModel Person(PersonNode p, Archive archive)
    {
        var description = p.File?.Body.FirstParagraph is { Length: > 0 } bio ? bio : $"Quotes, events and briefings involving {p.Name}.";
        return Page(p.Url, "person", p.Name, description, p.File?.Path, () => [("person", new View(PersonPageShape,
            p.Name,
            p.CurrentRole,
            p.Country is null ? null : _v.Country(p.Country),
            p.File is null || p.File.Body.IsEmpty ? null : new SafeHtml(p.File.Body.HtmlUtf8),
            p.File is not null,
            List(RoleHistory(p), _v.Role),
            Shown(archive, 0), Shown(archive, 1), Shown(archive, 2), Shown(archive, 3))), ("archive", _pages.Nav(archive))], p);
    }

    private View OrganisationSummary(OrganisationNode o) => new(OrganisationSummaryShape,
        o.Name, _v.Url(o.Url), o.ShortName, o.File?.Kind, o.Country is null ? null : _v.Country(o.Country), o.Briefings.Count, o.Quotes.Count, o.CitedBy.Count);

    private PageModel Organisation(OrganisationNode o, Archive archive)
    {
        var f = o.File;
        var description = f?.Body.FirstParagraph is { Length: > 0 } about ? about : $"Briefings, events and quotes involving {o.Name}.";
        return Page(o.Url, "organisation", o.Name, description, f?.Path, () => [("organisation", new View(OrganisationPageShape,
            o.Name,
            o.ShortName,
            f?.Kind,
            o.Country is null ? null : _v.Country(o.Country),
            f?.Url,
            f?.Wikidata is { } q ? "https://www.wikidata.org/wiki/" + q : null,
            f is null || f.Body.IsEmpty ? null : new SafeHtml(f.Body.HtmlUtf8),
            f is not null,
            Shown(archive, 0), Shown(archive, 1), Shown(archive, 2), Shown(archive, 3),
            List(o.People, _v.Person),
            Shown(archive, 5), Shown(archive, 4))), ("archive", _pages.Nav(archive))], o);
    }

    // Newest first: roles held now, then by end and start, latest first (an unknown start as the earliest); else as listed.
    private static IEnumerable<RoleNode> RoleHistory(PersonNode p) => p.Roles
        .OrderByDescending(r => r.IsCurrent).ThenByDescending(r => r.To).ThenByDescending(r => r.From);

    private PageModel Author(AuthorNode a, Archive archive)
    {
        var f = a.File;
        var description = f.Body.FirstParagraph is { Length: > 0 } bio ? bio : $"Briefings by {a.Name}.";
        return Page(a.Url, "author", a.Name, description, f.Path, () => [("author", new View(AuthorPageShape,
            a.Name, f.Role, f.Url, f.Body.IsEmpty ? null : new SafeHtml(f.Body.HtmlUtf8), Shown(archive, 0))), ("archive", _pages.Nav(archive))], a);
    }

    // A list page, then the archive pages of its lists.
    private IEnumerable<PageModel> WithArchive(Archive archive, Func<Archive, PageModel> page) => _pages.Pages(archive).Prepend(page(archive));

    // What list `list` of a list page shows: its latest items when the rest are archived, else all of them.
    private static ScriptArray Shown(Archive archive, int list) => List(archive.Lists[list].Shown(archive), archive.Lists[list].View);

    private View DataPage(DataFiles data)
    {
        var license = graph.Settings.DataLicense;
        return new View(DataPageShape,
            license is null ? null : new View(LicenseShape, license.Name, license.Url),
            List(data.Site, DataFile),
            List(data.Countries, c => new View(DataCountryShape, c.Key.Country.Name, c.Key.Country.Alpha2, _v.Url(c.Key.Url), List(c.Value, DataFile))),
            List(DataTables.Events, c => new View(DataColumnShape, c.Name, DataKindWords.Of(c.Kind), c.Optional, c.Description)),
            List(DataTables.Quotes, c => new View(DataColumnShape, c.Name, DataKindWords.Of(c.Kind), c.Optional, c.Description)));
    }

    private View DataFile(DataFile f) => new(DataFileShape, f.Name, _v.Url(f.Path), f.MediaType, f.Description);


    // An index of named things (people, organisations, tags), in the graph's name order, cut into pages of the archive
    // page size when longer: /people/, /people/page/2/, …; every page lists the name range of each, as a phone book does,
    // so any entry is two clicks from the first page. The template is the index's own: its list variable (the index's
    // kind) holds the page's entries and `pager` the pages (null when one page holds them all).
    private IEnumerable<PageModel> IndexPages<T>(string url, string kind, string title, IReadOnlyList<T> items, Func<T, string> nameOf, Func<T, View> view)
    {
        var size = graph.Settings.ArchivePageSize ?? SiteArchives.DefaultPageSize;
        var count = Math.Max(1, (items.Count + size - 1) / size);
        for (var i = 0; i < count; i++)
        {
            var page = i;
            yield return Page(PageUrl(url, i), kind, i == 0 ? title : $"{title}: {Range(i, " to ")}",
                null, null, () => [(kind, List(items.Skip(page * size).Take(size), view)), ("pager", count == 1 ? null : Pager(page))]);
        }

        string PageUrl(string first, int i) => i == 0 ? first : $"{first}page/{i + 1}/";

        // The names of a page's first and last entries ("Ada Lind – Cy Moss"), one name when they are the same.
        string Range(int i, string dash)
        {
            var (from, to) = (nameOf(items[i * size]), nameOf(items[Math.Min(items.Count, (i + 1) * size) - 1]));
            return from == to ? from : from + dash + to;
        }

        View Pager(int current) => new(PagerShape,
            items.Count,
            List(Enumerable.Range(0, count), i => new View(PagerPageShape,
                Range(i, " – "), _v.Url(PageUrl(url, i)), i == current)),
            current > 0 ? _v.Link($"page {current}", PageUrl(url, current - 1)) : null,
            current + 1 < count ? _v.Link($"page {current + 2}", PageUrl(url, current + 1)) : null);
    }

    // The people and organisations quoted most, at most MostQuotedLength, most first and then by name: the index is by date,
    // each speaker's quotes are on their page, so this is how a reader finds the voices a site is about.
    private ScriptArray MostQuoted() => List(
        graph.People.Where(p => p.Quotes.Count > 0).Cast<EntityNode>().Concat(graph.Organisations.Where(o => o.Quotes.Count > 0))
            .OrderByDescending(e => e.Quotes.Count).ThenBy(e => e.Name, StringComparer.Ordinal).ThenBy(e => e.AnchorKey, StringComparer.Ordinal).Take(MostQuotedLength),
        e => new View(SpeakerShape, _v.Entity(e), e.Quotes.Count));

    // A one-list page's items by year and month, in the list's order (newest first); a month not known is 00.
    private static ScriptArray ByMonth(Archive archive, ViewShape monthShape)
    {
        var list = archive.Lists[0];
        return List(list.Shown(archive).GroupBy(i => list.DateOf(i).Year), year => new View(YearShape,
            year.Key,
            $"y{year.Key}",
            List(year.GroupBy(i => list.DateOf(i).Month), month => new View(monthShape,
                month.Key is int ? $"{list.DateOf(month.First()).MonthName} {year.Key}" : $"{year.Key}, month not known",
                month.Key is int mm ? $"y{year.Key}-{mm:D2}" : $"y{year.Key}-00",
                List(month, list.View)))));
    }
}
