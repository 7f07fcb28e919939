using System.Text.RegularExpressions;
using Briefing.Diagnostics;
using Briefing.FrontMatter;
using Briefing.Model;

namespace Briefing.Parsing;

/// <summary>Reads <c>YYYY</c>, <c>YYYY-MM</c> and <c>YYYY-MM-DD</c> dates, optionally followed by a time.</summary>
public static partial class DateParser
{
    /// <summary>
    /// Parses <paramref name="scalar"/>; reports malformed and impossible dates. A time and offset after the
    /// day are accepted and ignored, so the calendar date is the one the author wrote, in any time zone.
    /// </summary>
    public static PartialDate? Parse(YamlScalar scalar, string key, bool dayRequired, DiagnosticBag diagnostics)
    {
        var m = DatePattern().Match(scalar.Value.Trim());
        var form = dayRequired ? "YYYY-MM-DD" : "YYYY, YYYY-MM or YYYY-MM-DD";
        if (!m.Success || (dayRequired && !m.Groups["d"].Success))
        {
            diagnostics.Error(DiagnosticCodes.MalformedDate, scalar.At,
                $"'{key}' must be a date written {form}, not '{scalar.Value}'");
            return null;
        }

        var year = int.Parse(m.Groups["y"].ValueSpan);
        int? month = m.Groups["m"].Success ? int.Parse(m.Groups["m"].ValueSpan) : null;
        int? day = m.Groups["d"].Success ? int.Parse(m.Groups["d"].ValueSpan) : null;
        if (year < 1 || month is < 1 or > 12 || (day is int d && (d < 1 || d > DateTime.DaysInMonth(year, month!.Value))))
        {
            diagnostics.Error(DiagnosticCodes.ImpossibleDate, scalar.At,
                $"'{key}' is not a real date: '{scalar.Value}' does not exist on the calendar");
            return null;
        }

        return new PartialDate(year, month, day);
    }

    [GeneratedRegex(@"^(?<y>\d{4})(?:-(?<m>\d{2})(?:-(?<d>\d{2})(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[Zz]|[+-]\d{2}(?::?\d{2})?)?)?)?)?$")]
    private static partial Regex DatePattern();
}
