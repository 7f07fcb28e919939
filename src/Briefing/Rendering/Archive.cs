using Briefing.Model;

namespace Briefing.Rendering;

/// <summary>
/// How the dated lists of one page (a timeline's events; a country's briefings, events and quotes) are bounded:
/// when a list is longer than its page shows, every item goes on a per-year archive page under the page's URL
/// (<c>timeline/2025/</c>); a year with more than <see cref="PageSize"/> items becomes an index of per-month pages
/// (<c>timeline/2025/06/</c>, <c>00</c> for a month not known), and a month with more is cut into numbered parts
/// (<c>timeline/2025/06/2/</c>), newest first. So no archive page holds more than <see cref="PageSize"/> items,
/// whatever the site's size. The plan also answers which page holds an item (<see cref="UrlOf"/>).
/// </summary>
public sealed class Archive
{
    private static readonly IReadOnlyList<ArchivePage> None = [];
    private readonly Dictionary<object, ArchivePage>? _holders;

    private Archive(string url, string title, int pageSize, IReadOnlyList<ArchiveList> lists, IReadOnlyList<ArchivePage> pages, IReadOnlyList<ArchivePage> years,
        Dictionary<object, ArchivePage>? holders)
    {
        (Url, Title, PageSize, Lists, Pages, Years, _holders) = (url, title, pageSize, lists, pages, years, holders);
    }

    /// <summary>The list page's site-relative URL (<c>timeline/</c>, <c>countries/azerbaijan/</c>).</summary>
    public string Url { get; }

    /// <summary>What the list page is called (<c>Timeline</c>, <c>Azerbaijan</c>).</summary>
    public string Title { get; }

    /// <summary>The most items one archive page holds.</summary>
    public int PageSize { get; }

    /// <summary>The page's lists, every item of each, newest first.</summary>
    public IReadOnlyList<ArchiveList> Lists { get; }

    /// <summary>True when some list is longer than its page shows: the page shows the latest and links to <see cref="Pages"/>.</summary>
    public bool Split => Pages.Count > 0;

    /// <summary>Every archive page, newest first: each year page, followed by its month pages when it is split.</summary>
    public IReadOnlyList<ArchivePage> Pages { get; }

    /// <summary>The year pages, newest first.</summary>
    public IReadOnlyList<ArchivePage> Years { get; }

    /// <summary>The site-relative URL of the page that holds <paramref name="item"/>: its archive page, or the list page itself.</summary>
    public string UrlOf(object item) => _holders is not null && _holders.TryGetValue(item, out var page) ? page.Url : Url;

    /// <summary>
    /// Plans the archive of the page at <paramref name="url"/>: none when every list fits its <see cref="ArchiveList.Latest"/>;
    /// else per-year pages, split as the class says. Items of one date keep the order their list gives.
    /// </summary>
    public static Archive Plan(string url, string title, int pageSize, IReadOnlyList<ArchiveList> lists)
    {
        if (lists.All(l => l.Items.Count <= l.Latest)) return new Archive(url, title, pageSize, lists, None, None, null);
        var entries = new List<(int List, int Position, PartialDate Date)>();
        for (var l = 0; l < lists.Count; l++)
            for (var i = 0; i < lists[l].Items.Count; i++) entries.Add((l, i, lists[l].DateOf(lists[l].Items[i])));
        // Newest first; on one date, in list order and then as each list gives them (LINQ's sort is stable).
        entries = entries.OrderByDescending(e => e.Date).ThenBy(e => e.List).ToList();

        var pages = new List<ArchivePage>();
        var years = new List<ArchivePage>();
        var holders = new Dictionary<object, ArchivePage>(entries.Count, ReferenceEqualityComparer.Instance);
        var leaves = new List<ArchivePage>();
        foreach (var year in entries.GroupBy(e => e.Date.Year))
        {
            var inYear = year.ToList();
            var yearPage = new ArchivePage($"{url}{year.Key:D4}/", year.Key, null, 1, lists.Count);
            years.Add(yearPage);
            pages.Add(yearPage);
            if (inYear.Count <= pageSize)
            {
                Fill(yearPage, inYear);
                leaves.Add(yearPage);
                continue;
            }

            foreach (var month in inYear.GroupBy(e => e.Date.Month ?? 0))
            {
                var inMonth = month.ToList();
                for (var part = 0; part * pageSize < inMonth.Count; part++)
                {
                    var monthUrl = $"{url}{year.Key:D4}/{month.Key:D2}/" + (part == 0 ? "" : $"{part + 1}/");
                    var page = new ArchivePage(monthUrl, year.Key, month.Key, part + 1, lists.Count);
                    Fill(page, inMonth.Skip(part * pageSize).Take(pageSize));
                    yearPage.MonthList.Add(page);
                    pages.Add(page);
                    leaves.Add(page);
                }
            }
        }

        for (var i = 0; i < leaves.Count; i++)
        {
            leaves[i].Newer = i > 0 ? leaves[i - 1] : null;
            leaves[i].Older = i + 1 < leaves.Count ? leaves[i + 1] : null;
        }

        for (var i = 0; i < years.Count; i++)
        {
            if (years[i].Months.Count == 0) continue;
            years[i].Newer = i > 0 ? years[i - 1] : null;
            years[i].Older = i + 1 < years.Count ? years[i + 1] : null;
        }

        return new Archive(url, title, pageSize, lists, pages, years, holders);

        void Fill(ArchivePage page, IEnumerable<(int List, int Position, PartialDate Date)> held)
        {
            // Back in each list's own order: a list sorted otherwise than newest first shows so on its pages too.
            foreach (var (l, i, _) in held.OrderBy(e => e.List).ThenBy(e => e.Position))
            {
                var item = lists[l].Items[i];
                page.ItemLists[l].Add(item);
                holders.TryAdd(item, page);
            }
        }
    }
}
