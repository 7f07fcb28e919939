using System.Globalization;

namespace Briefing.Model;

/// <summary>A date known to the year, the month or the day, shown and sorted with that precision.</summary>
public readonly record struct PartialDate(int Year, int? Month, int? Day) : IComparable<PartialDate>
{
    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;

    /// <summary>True when the day is known.</summary>
    public bool IsFullDate => Day is not null;

    /// <summary>The ISO 8601 form with the known precision: <c>2025</c>, <c>2025-06</c>, <c>2025-06-14</c>.</summary>
    public string Iso => Month is null ? $"{Year:D4}" : Day is null ? $"{Year:D4}-{Month:D2}" : $"{Year:D4}-{Month:D2}-{Day:D2}";

    /// <summary>The reader's form: <c>2025</c>, <c>June 2025</c>, <c>14 June 2025</c>.</summary>
    public string Display => Month is null ? $"{Year}" : Day is null ? $"{MonthName} {Year}" : $"{Day} {MonthName} {Year}";

    /// <summary>The English month name, or empty when the month is unknown.</summary>
    public string MonthName => Month is int m ? MonthNames[m - 1] : "";

    /// <summary>The last calendar day this date can mean (used to check that spans do not end before they start).</summary>
    public DateOnly LastDay => new(Year, Month ?? 12, Day ?? DateTime.DaysInMonth(Year, Month ?? 12));

    /// <summary>The first calendar day this date can mean.</summary>
    public DateOnly FirstDay => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>A full date.</summary>
    public static PartialDate From(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>Orders by year, then month, then day; a less precise date comes before a precise one in the same period.</summary>
    public int CompareTo(PartialDate other)
    {
        var c = Year.CompareTo(other.Year);
        if (c != 0) return c;
        c = (Month ?? 0).CompareTo(other.Month ?? 0);
        return c != 0 ? c : (Day ?? 0).CompareTo(other.Day ?? 0);
    }

    /// <summary>A span for readers: <c>14–16 June 2025</c>, <c>30 June – 2 July 2025</c>, or the single date.</summary>
    public static string DisplaySpan(PartialDate start, PartialDate? end)
    {
        if (end is not PartialDate e || e == start) return start.Display;
        if (start.IsFullDate && e.IsFullDate && start.Year == e.Year)
        {
            return start.Month == e.Month
                ? $"{start.Day}\u2013{e.Day} {e.MonthName} {e.Year}"
                : $"{start.Day} {start.MonthName} \u2013 {e.Day} {e.MonthName} {e.Year}";
        }

        if (start.Month is not null && start.Day is null && e.Month is not null && e.Day is null && start.Year == e.Year)
            return $"{start.MonthName}\u2013{e.MonthName} {e.Year}";
        return $"{start.Display} \u2013 {e.Display}";
    }
}
