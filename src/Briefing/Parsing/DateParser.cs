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
            var padded = Padded(scalar.Value.Trim(), dayRequired);
            diagnostics.Error(DiagnosticCodes.MalformedDate, scalar.At,
                $"'{key}' must be a date written {form}, not '{scalar.Value}'{(padded is null ? "" : $"; write it {padded}")}");
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

    // "2025-6-15" is the most common slip: the date is clear, only the zeros are missing, so the message can show it.
    private static string? Padded(string text, bool dayRequired)
    {
        var m = UnpaddedPattern().Match(text);
        if (!m.Success || (dayRequired && !m.Groups["d"].Success)) return null;
        var (year, month) = (int.Parse(m.Groups["y"].ValueSpan), int.Parse(m.Groups["m"].ValueSpan));
        if (year < 1 || month is < 1 or > 12) return null;
        if (!m.Groups["d"].Success) return $"{year:D4}-{month:D2}";
        var day = int.Parse(m.Groups["d"].ValueSpan);
        return day >= 1 && day <= DateTime.DaysInMonth(year, month) ? $"{year:D4}-{month:D2}-{day:D2}" : null;
    }

    [GeneratedRegex(@"^(?<y>[0-9]{4})-(?<m>[0-9]{1,2})(?:-(?<d>[0-9]{1,2}))?$")]
    private static partial Regex UnpaddedPattern();

    // [0-9], not \d: \d also matches other scripts' digits ("٢٠٢٥"), which int.Parse refuses.
    [GeneratedRegex(@"^(?<y>[0-9]{4})(?:-(?<m>[0-9]{2})(?:-(?<d>[0-9]{2})(?:[Tt ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?\s*(?:[Zz]|[+-][0-9]{2}(?::?[0-9]{2})?)?)?)?)?$")]
    private static partial Regex DatePattern();
}
