using System.Buffers;
using System.Text;
using System.Text.Json;
using Briefing.Feeds;
using Briefing.Graph;
using Briefing.Model;
using Briefing.Rendering;

namespace Briefing.OpenData;

/// <summary>
/// Writes events in Knight Lab's TimelineJS JSON format (https://timeline.knightlab.com/docs/json-format.html): a
/// <c>title</c> slide and one slide per event with <c>start_date</c> (and <c>end_date</c> for a span) to its
/// precision, <c>display_date</c>, <c>text</c>, <c>unique_id</c> (the event's anchor) and <c>group</c> (its first
/// country). TimelineJS shows <c>headline</c> and <c>text</c> as HTML, so both are escaped here.
/// </summary>
public static class TimelineJsWriter
{
    /// <summary>The timeline of <paramref name="slides"/> (made by <see cref="Slide"/>) as UTF-8 JSON.</summary>
    public static FileBytes Write(string headline, string? description, IReadOnlyList<byte[]> slides) => DataJsonWriter.WithRows(json =>
    {
        json.WriteStartObject("title");
        Text(json, HtmlText.Escape(headline), description is null ? null : HtmlText.Escape(description));
        json.WriteEndObject();
    }, "events", slides);

    /// <summary>One event's slide, on one line.</summary>
    public static byte[] Slide(EventNode e, Views views)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, DataJsonWriter.RowOptions))
        {
            json.WriteStartObject();
            Date(json, "start_date", e.Entry.Date);
            if (e.Entry.End is { } end) Date(json, "end_date", end);
            json.WriteString("display_date", PartialDate.DisplaySpan(e.Entry.Date, e.Entry.End));
            Text(json, HtmlText.Escape(e.Entry.Title), Body(e, views));
            json.WriteString("unique_id", e.Anchor);
            if (e.Countries.Count > 0) json.WriteString("group", e.Countries[0].Country.Name);
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    // The briefing it comes from, linked, and the source it cites.
    private static string Body(EventNode e, Views views)
    {
        var html = new StringBuilder("<p>From <a href=\"")
            .Append(HtmlText.Escape(views.AbsoluteUrl(e.Briefing.Url) + "#" + e.Anchor)).Append("\">")
            .Append(HtmlText.Escape(e.Briefing.Source.Title)).Append("</a>.</p>");
        if (e.Source is { } source)
        {
            html.Append("<p>Source: ");
            if (source.Url is { } url) html.Append("<a href=\"").Append(HtmlText.Escape(url)).Append("\">").Append(HtmlText.Escape(source.Name)).Append("</a>");
            else html.Append(HtmlText.Escape(source.Name));
            html.Append(".</p>");
        }

        return html.ToString();
    }

    private static void Text(Utf8JsonWriter json, string headline, string? text)
    {
        json.WriteStartObject("text");
        json.WriteString("headline", headline);
        if (text is not null) json.WriteString("text", text);
        json.WriteEndObject();
    }

    // Only the parts the date has: TimelineJS shows a date to the precision it is given.
    private static void Date(Utf8JsonWriter json, string name, PartialDate date)
    {
        json.WriteStartObject(name);
        json.WriteNumber("year", date.Year);
        if (date.Month is int month) json.WriteNumber("month", month);
        if (date.Day is int day) json.WriteNumber("day", day);
        json.WriteEndObject();
    }
}
