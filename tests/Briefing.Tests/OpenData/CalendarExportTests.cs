using System.Text;
using System.Text.Json;
using Briefing.Tests.Support;
using Ical.Net;

namespace Briefing.Tests.OpenData;

/// <summary>The iCalendar files parse back with Ical.Net; the TimelineJS files have Knight Lab's fields.</summary>
public sealed class CalendarExportTests
{
    private const string Injection = """
        -- briefings/b.md --
        ---
        title: Calendar test
        date: 2025-06-20
        summary: Summary.
        countries: [AZ]
        events:
          - date: 2025-06-14
            title: "Talks\nEND:VEVENT\nBEGIN:VEVENT\nUID:evil;SUMMARY=x,y\\z"
          - date: 2025
            title: A year-long programme
        updates:
          - date: 2025-07-02
            note: A later note.
        ---
        Body.
        """;

    [Fact]
    public void Day_month_and_span_events_are_all_day_with_an_exclusive_end_and_stable_ids()
    {
        var site = TestSite.Build(CsvExportTests.Site).Clean();
        var calendar = Calendar.Load(site.Page("data/events.ics"))!;
        Assert.Equal(2, calendar.Events.Count);
        var month = calendar.Events.Single(e => e.Uid == "e-2025-06-sum-a1-a9-meeting@example.org");
        Assert.Equal("@SUM(A1:A9) meeting", month.Summary);
        Assert.False(month.DtStart!.HasTime);
        Assert.Equal(new DateOnly(2025, 6, 1), month.DtStart.Date);
        Assert.Equal(new DateOnly(2025, 7, 1), month.DtEnd!.Date);
        Assert.StartsWith("June 2025 (known to the month)\nBriefing: =HYPERLINK(", month.Description, StringComparison.Ordinal);
        Assert.Equal("https://example.org/briefings/a/#e-2025-06-sum-a1-a9-meeting", month.Url!.AbsoluteUri);
        Assert.Equal(["Türkiye"], month.Categories);
        var span = calendar.Events.Single(e => e.Uid == "e-2025-06-14-1-2-talks-quoted-with-a-comma@example.org");
        Assert.Equal("-1+2 talks, \"quoted\"; with a comma", span.Summary);
        Assert.Equal(new DateOnly(2025, 6, 14), span.DtStart!.Date);
        Assert.Equal(new DateOnly(2025, 6, 17), span.DtEnd!.Date);
        Assert.Equal(["Azerbaijan", "Iran"], span.Categories);
        // The day its briefing last changed, never the build's clock.
        Assert.Equal(new DateTime(2025, 6, 15, 0, 0, 0, DateTimeKind.Utc), span.DtStamp!.AsUtc);
        Assert.Contains("\nSource: +Source, with \"quotes\" https://example.com/s?a=1,2", span.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Line_breaks_semicolons_and_commas_in_a_title_cannot_add_properties_or_events()
    {
        var site = TestSite.Build(Injection).Clean();
        var text = site.Page("data/events.ics");
        Assert.DoesNotContain("\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil", text, StringComparison.Ordinal);
        Assert.All(text.Split("\r\n")[..^1], line => Assert.InRange(Encoding.UTF8.GetByteCount(line), 1, 75));
        var calendar = Calendar.Load(text)!;
        Assert.Equal(2, calendar.Events.Count);
        var talks = calendar.Events.Single(e => e.DtStart!.Date == new DateOnly(2025, 6, 14));
        Assert.Equal("Talks\nEND:VEVENT\nBEGIN:VEVENT\nUID:evil;SUMMARY=x,y\\z", talks.Summary);
        Assert.StartsWith("e-2025-06-14-talks-end-vevent-begin-vevent-uid-evil-summary-x@", talks.Uid, StringComparison.Ordinal);
        Assert.Equal(new DateTime(2025, 7, 2, 0, 0, 0, DateTimeKind.Utc), talks.DtStamp!.AsUtc);
        var year = calendar.Events.Single(e => e.Summary == "A year-long programme");
        Assert.Equal(new DateOnly(2025, 1, 1), year.DtStart!.Date);
        Assert.Equal(new DateOnly(2026, 1, 1), year.DtEnd!.Date);
        Assert.StartsWith("2025 (known to the year)", year.Description, StringComparison.Ordinal);
        Assert.Equal(calendar.Events.Count, Calendar.Load(site.Page("data/countries/azerbaijan/events.ics"))!.Events.Count);
    }

    [Theory]
    [InlineData("a\r\nb", "a\\nb")]
    [InlineData("a\rb\nc", "a\\nb\\nc")]
    [InlineData("x;y,z\\", "x\\;y\\,z\\\\")]
    [InlineData("bell\u0007", "bell")]
    public void Text_is_escaped_for_iCalendar(string value, string escaped) =>
        Assert.Equal(escaped, Briefing.OpenData.IcsWriter.Text(value));

    [Fact]
    public void The_timeline_has_Knight_Labs_fields_with_dates_to_their_precision()
    {
        var site = TestSite.Build(CsvExportTests.Site).Clean();
        using var document = JsonDocument.Parse(site.Page("data/timeline.json"));
        var root = document.RootElement;
        Assert.Equal("Test Briefings", root.GetProperty("title").GetProperty("text").GetProperty("headline").GetString());
        var events = root.GetProperty("events");
        Assert.Equal(2, events.GetArrayLength());
        var month = events[0];
        Assert.Equal("e-2025-06-sum-a1-a9-meeting", month.GetProperty("unique_id").GetString());
        Assert.Equal(2025, month.GetProperty("start_date").GetProperty("year").GetInt32());
        Assert.Equal(6, month.GetProperty("start_date").GetProperty("month").GetInt32());
        Assert.False(month.GetProperty("start_date").TryGetProperty("day", out _));
        Assert.False(month.TryGetProperty("end_date", out _));
        Assert.Equal("June 2025", month.GetProperty("display_date").GetString());
        Assert.Equal("Türkiye", month.GetProperty("group").GetString());
        var span = events[1];
        Assert.Equal(16, span.GetProperty("end_date").GetProperty("day").GetInt32());
        Assert.Equal(14, span.GetProperty("start_date").GetProperty("day").GetInt32());
        // TimelineJS shows headline and text as HTML: the words are escaped, the link is the briefing's.
        Assert.Equal("-1+2 talks, &quot;quoted&quot;; with a comma", span.GetProperty("text").GetProperty("headline").GetString());
        var body = span.GetProperty("text").GetProperty("text").GetString();
        Assert.Equal("<p>From <a href=\"https://example.org/briefings/a/#e-2025-06-14-1-2-talks-quoted-with-a-comma\">=HYPERLINK(&quot;https://evil.example/&quot;,&quot;click&quot;), said &quot;they&quot;</a>.</p>"
            + "<p>Source: <a href=\"https://example.com/s?a=1,2\">+Source, with &quot;quotes&quot;</a>.</p>", body);
        using var country = JsonDocument.Parse(site.Page("data/countries/turkiye/timeline.json"));
        Assert.Equal(["e-2025-06-sum-a1-a9-meeting"], country.RootElement.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("unique_id").GetString()));
    }
}
