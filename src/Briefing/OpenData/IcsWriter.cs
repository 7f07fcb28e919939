using System.Globalization;
using System.Text;
using Briefing.Graph;
using Briefing.Model;

namespace Briefing.OpenData;

/// <summary>
/// Writes events as an iCalendar file (RFC 5545). Ical.Net is not used here: its serializer copies objects through
/// <c>Activator.CreateInstance(GetType())</c>, which Native AOT cannot check, so the command line would not publish
/// without trim warnings (the tests read every file back with Ical.Net).
/// Every event is all-day (<c>VALUE=DATE</c>): a day-precision date is that day, a month or a year the whole period,
/// and a span ends on the day after its last day (DTEND is exclusive). Nothing comes from the clock: DTSTAMP is the
/// day its briefing last changed, and the UID is the event's anchor at the site's host. Text is escaped (<c>\\ \; \,
/// \n</c>, other control characters dropped) so no value can start a property or an event, and lines are folded at
/// 75 octets without splitting a character.
/// </summary>
public static class IcsWriter
{
    /// <summary>The media type of an iCalendar file.</summary>
    public const string MediaType = "text/calendar";

    /// <summary>The calendar named <paramref name="name"/> holding <paramref name="events"/> (made by <see cref="Event"/>), as UTF-8 with CRLF line ends.</summary>
    public static FileBytes Write(string name, IReadOnlyList<byte[]> events)
    {
        var head = new StringBuilder();
        Line(head, "BEGIN:VCALENDAR");
        Line(head, "VERSION:2.0");
        Line(head, "PRODID:-//Briefing//Open data//EN");
        Line(head, "CALSCALE:GREGORIAN");
        Line(head, "METHOD:PUBLISH");
        Line(head, "X-WR-CALNAME:" + Text(name));
        return RowJoin.Join(Encoding.UTF8.GetBytes(head.ToString()), events, [], [], [], "END:VCALENDAR\r\n"u8);
    }

    /// <summary>One event as a VEVENT, UTF-8 with CRLF line ends; <paramref name="url"/> is its absolute URL, <paramref name="host"/> the site's host.</summary>
    public static byte[] Event(EventNode e, string host, string url)
    {
        var entry = e.Entry;
        var ics = new StringBuilder();
        Line(ics, "BEGIN:VEVENT");
        Line(ics, "UID:" + Text($"{e.Anchor}@{host}"));
        Line(ics, "DTSTAMP:" + Day(Feeds.ChangeDates.LastChange(e.Briefing.Source)) + "T000000Z");
        Line(ics, "DTSTART;VALUE=DATE:" + Day(entry.Date.FirstDay));
        Line(ics, "DTEND;VALUE=DATE:" + Day((entry.End ?? entry.Date).LastDay.AddDays(1)));
        Line(ics, "SUMMARY:" + Text(entry.Title));
        Line(ics, "DESCRIPTION:" + Text(Description(e)));
        if (e.Countries.Count > 0) Line(ics, "CATEGORIES:" + string.Join(',', e.Countries.Select(c => Text(c.Country.Name))));
        Line(ics, "URL:" + url);
        Line(ics, "END:VEVENT");
        return Encoding.UTF8.GetBytes(ics.ToString());
    }

    // What a calendar shows under the title: when (with how precisely it is known), the briefing and the source.
    private static string Description(EventNode e)
    {
        var entry = e.Entry;
        var text = new StringBuilder(PartialDate.DisplaySpan(entry.Date, entry.End));
        var vague = entry.Date.IsFullDate ? entry.End is { IsFullDate: false } end ? end : (PartialDate?)null : entry.Date;
        if (vague is { } v) text.Append(" (known to the ").Append(DataPrecision.Of(v)).Append(')');
        text.Append("\nBriefing: ").Append(e.Briefing.Source.Title);
        if (e.Source is { } source) text.Append("\nSource: ").Append(source.Name).Append(source.Url is { } u ? " " + u : "");
        return text.ToString();
    }

    private static string Day(DateOnly day) => day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>A TEXT value (RFC 5545, 3.3.11): backslash, semicolon and comma escaped, every line break as <c>\n</c>, other control characters left out.</summary>
    public static string Text(string value)
    {
        var text = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\\' or ';' or ',':
                    text.Append('\\').Append(c);
                    break;
                case '\r':
                    if (i + 1 < value.Length && value[i + 1] == '\n') i++;
                    text.Append("\\n");
                    break;
                case '\n':
                    text.Append("\\n");
                    break;
                case '\t':
                    text.Append(c);
                    break;
                default:
                    if (!char.IsControl(c)) text.Append(c);
                    break;
            }
        }

        return text.ToString();
    }

    // One content line, folded so no line is longer than 75 octets: each continuation starts with a space.
    private static void Line(StringBuilder ics, string line)
    {
        var octets = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            var width = c < 0x80 ? 1 : c < 0x800 ? 2 : char.IsHighSurrogate(c) && i + 1 < line.Length ? 4 : 3;
            if (octets + width > 75)
            {
                ics.Append("\r\n ");
                octets = 1;
            }

            ics.Append(c);
            if (width == 4) ics.Append(line[++i]);
            octets += width;
        }

        ics.Append("\r\n");
    }
}
