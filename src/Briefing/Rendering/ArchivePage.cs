namespace Briefing.Rendering;

/// <summary>One page of an <see cref="Archive"/>: a year (<see cref="Month"/> null), or a month (0: month not known) or part of one.</summary>
public sealed class ArchivePage
{
    internal ArchivePage(string url, int year, int? month, int part, int lists)
    {
        (Url, Year, Month, Part) = (url, year, month, part);
        ItemLists = Enumerable.Range(0, lists).Select(_ => new List<object>()).ToArray();
    }

    /// <summary>Site-relative URL, e.g. <c>timeline/2025/</c> or <c>timeline/2025/06/2/</c>.</summary>
    public string Url { get; }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The month for a month page (0 when the items' month is not known), null for a year page.</summary>
    public int? Month { get; }

    /// <summary>Which part of its month, from 1.</summary>
    public int Part { get; }

    /// <summary>The items it holds, one list per <see cref="Archive.Lists"/>, each in its list's order; empty on a year split into months.</summary>
    public IReadOnlyList<IReadOnlyList<object>> Items => ItemLists;

    /// <summary>A split year's month pages, newest first; empty otherwise.</summary>
    public IReadOnlyList<ArchivePage> Months => MonthList;

    /// <summary>The next newer page that holds items (for a split year, the newer year), or null.</summary>
    public ArchivePage? Newer { get; internal set; }

    /// <summary>The next older page that holds items (for a split year, the older year), or null.</summary>
    public ArchivePage? Older { get; internal set; }

    /// <summary>What it covers, for readers: <c>2025</c>, <c>June 2025</c>, <c>June 2025, part 2</c>, <c>2025, month not known</c>.</summary>
    public string Period => Month switch
    {
        null => $"{Year}",
        0 => $"{Year}, month not known" + PartText,
        int m => $"{System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[m - 1]} {Year}" + PartText,
    };

    private string PartText => Part == 1 ? "" : $", part {Part}";

    internal List<object>[] ItemLists { get; }
    internal List<ArchivePage> MonthList { get; } = [];
}
