using Briefing.Model;

namespace Briefing.OpenData;

/// <summary>How precisely a date is known, in the words the data files use: <c>year</c>, <c>month</c> or <c>day</c>.</summary>
public static class DataPrecision
{
    /// <summary>Every precision, least precise first.</summary>
    public static readonly IReadOnlyList<string> Words = ["year", "month", "day"];

    /// <summary>The precision of <paramref name="date"/>.</summary>
    public static string Of(PartialDate date) => date.Day is not null ? "day" : date.Month is not null ? "month" : "year";
}
