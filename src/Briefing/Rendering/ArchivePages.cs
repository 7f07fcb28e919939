using Scriban.Runtime;
using static Briefing.Rendering.Views;

namespace Briefing.Rendering;

/// <summary>
/// What templates see of an <see cref="Archive"/>: on the list page, <c>archive</c> is its navigation (or null when
/// nothing is archived); each archive page is a page of kind <c>archive</c>, drawn by one template whatever it lists.
/// </summary>
public sealed class ArchivePages(Views views)
{
    private static readonly ViewShape NavShape = ViewShape.Of("archive_nav", "total", "years", "newer", "older");
    private static readonly ViewShape YearShape = ViewShape.Of("archive_year", "name", "url", "current", "months");
    private static readonly ViewShape MonthLinkShape = ViewShape.Of("archive_month", "name", "url", "current");
    private static readonly ViewShape PageShape = ViewShape.Of("archive", "title", "period", "of", "count", "nav", "months", "sections");
    private static readonly ViewShape SectionShape = ViewShape.Of("archive_section", "name", "anchor", "lists");
    private static readonly ViewShape ListShape = ViewShape.Of("archive_list", "name", "heading", "kind", "index", "items");

    /// <summary>
    /// The navigation of <paramref name="archive"/> from <paramref name="current"/> (null on the list page): every year,
    /// with the month pages of a split year, so each archive page is one click from the list page; the newer and older page.
    /// </summary>
    public View? Nav(Archive archive, ArchivePage? current = null) => !archive.Split ? null : new View(NavShape,
        archive.Lists.Sum(l => l.Items.Count),
        List(archive.Years, y => new View(YearShape, $"{y.Year}", views.Url(y.Url), ReferenceEquals(y, current) || (current is not null && y.Months.Contains(current)),
            List(y.Months, m => MonthLink(m, current)))),
        current?.Newer is { } newer ? views.Link(newer.Period, newer.Url) : null,
        current?.Older is { } older ? views.Link(older.Period, older.Url) : null);

    /// <summary>The pages of <paramref name="archive"/>, each with its <c>archive</c> variable.</summary>
    public IEnumerable<PageModel> Pages(Archive archive) => archive.Pages.Select(page => new PageModel(page.Url, "archive", $"{archive.Title}: {page.Period}",
        $"{archive.Title}, {page.Period}: every item, newest first.", null, () =>
        {
            var scope = new ScriptObject(16);
            scope.SetValue("archive", Page(archive, page), readOnly: false);
            return scope;
        }));

    private View MonthLink(ArchivePage month, ArchivePage? current) => new(MonthLinkShape, month.Period, views.Url(month.Url), ReferenceEquals(month, current));

    private View Page(Archive archive, ArchivePage page)
    {
        var year = archive.Years.First(y => y.Year == page.Year);
        var sections = Sections(archive, page);
        // The month index: a year page's months as anchors; a split year's (and its months') month pages.
        var months = year.Months.Count == 0
            ? List(sections, s => new View(MonthLinkShape, (string)s.ValueAt(0)!, "#" + (string)s.ValueAt(1)!, false))
            : List(year.Months, m => MonthLink(m, page));
        return new View(PageShape, archive.Title, page.Period, views.Link(archive.Title, archive.Url), page.Items.Sum(i => i.Count), Nav(archive, page), months,
            List(sections, s => s));
    }

    // The items by month, newest month first (a month not known last), each month with the lists that have items in it.
    private static List<View> Sections(Archive archive, ArchivePage page)
    {
        var months = page.Items.SelectMany((items, l) => items.Select(item => archive.Lists[l].DateOf(item).Month ?? 0))
            .Distinct().OrderByDescending(m => m == 0 ? -1 : m).ToList();
        return months.Select(m => new View(SectionShape,
            m == 0 ? $"{page.Year}, month not known" : $"{System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[m - 1]} {page.Year}",
            $"y{page.Year}-{m:D2}",
            List(archive.Lists.Select((list, l) => (list, items: page.Items[l].Where(item => (list.DateOf(item).Month ?? 0) == m).ToList())).Where(x => x.items.Count > 0),
                x => new View(ListShape, x.list.Name, x.list.Heading, x.list.Kind, x.list.IsIndex, List(x.items, x.list.View))))).ToList();
    }
}
