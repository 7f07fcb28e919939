using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Briefing.Feeds;

/// <summary>Writes a <see cref="FeedDocument"/> as JSON Feed 1.1 (https://jsonfeed.org/version/1.1) with System.Text.Json's writer.</summary>
public static class JsonFeedWriter
{
    /// <summary>The media type of a JSON Feed.</summary>
    public const string MediaType = "application/feed+json";

    // Letters of every script stay as they are; the writer still escapes controls, quotes, backslashes, the
    // characters HTML gives a meaning to (< > & ' + `) and U+2028/U+2029, so the file is safe wherever it is pasted.
    internal static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
    };

    /// <summary>The feed as UTF-8 JSON.</summary>
    public static byte[] Write(FeedDocument feed)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("version", "https://jsonfeed.org/version/1.1");
            json.WriteString("title", feed.Title);
            json.WriteString("home_page_url", feed.PageUrl);
            json.WriteString("feed_url", feed.FeedUrl);
            if (feed.Subtitle is { Length: > 0 } subtitle) json.WriteString("description", subtitle);
            json.WriteString("language", feed.Language);
            WriteAuthors(json, feed);
            json.WriteStartArray("items");
            foreach (var entry in feed.Entries) WriteItem(json, entry, feed);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return [.. buffer.WrittenSpan, (byte)'\n'];
    }

    private static void WriteItem(Utf8JsonWriter json, FeedEntry entry, FeedDocument feed)
    {
        json.WriteStartObject();
        json.WriteString("id", entry.Id);
        json.WriteString("url", entry.Url);
        json.WriteString("title", entry.Title);
        if (entry.Summary is { Length: > 0 } summary) json.WriteString("summary", summary);
        json.WriteString(entry.ContentIsHtml ? "content_html" : "content_text", entry.Content);
        json.WriteString("date_published", Rfc3339(entry.Published));
        json.WriteString("date_modified", Rfc3339(entry.Updated));
        if (entry.Authors.Count == 0) WriteAuthors(json, feed);
        else
        {
            json.WriteStartArray("authors");
            foreach (var author in entry.Authors)
            {
                json.WriteStartObject();
                json.WriteString("name", author.Name);
                json.WriteString("url", author.Url);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        if (entry.Categories.Count > 0)
        {
            json.WriteStartArray("tags");
            foreach (var tag in entry.Categories) json.WriteStringValue(tag);
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteAuthors(Utf8JsonWriter json, FeedDocument feed)
    {
        json.WriteStartArray("authors");
        json.WriteStartObject();
        json.WriteString("name", feed.AuthorName);
        json.WriteString("url", feed.AuthorUrl);
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static string Rfc3339(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
}
