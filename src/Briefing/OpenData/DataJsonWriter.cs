using System.Buffers;
using System.Text.Json;
using Briefing.Feeds;
using Briefing.Model;
using Briefing.Rendering;

namespace Briefing.OpenData;

/// <summary>
/// Writes a data table as JSON with System.Text.Json's writer (the feeds' options): an object naming the file, its
/// site and licence, with the rows under <c>events</c> or <c>quotes</c>, one object per row, a member per column
/// (null when empty, an array for a list). <see cref="DataSchema"/> describes it.
/// </summary>
public static class DataJsonWriter
{
    /// <summary>The media type of a JSON file.</summary>
    public const string MediaType = "application/json";

    /// <summary>The rows of the table <paramref name="member"/> as JSON; <paramref name="country"/> is the alpha-2 code of a country's file.</summary>
    public static byte[] Write<T>(string title, string? country, DataLicense? license, string member, IReadOnlyList<DataColumn<T>> columns, IEnumerable<T> rows, Views views)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, JsonFeedWriter.Options))
        {
            json.WriteStartObject();
            json.WriteString("title", title);
            json.WriteString("home_page_url", views.AbsoluteUrl(""));
            if (country is not null) json.WriteString("country", country);
            if (license is null) json.WriteNull("license");
            else
            {
                json.WriteStartObject("license");
                json.WriteString("name", license.Name);
                if (license.Url is null) json.WriteNull("url");
                else json.WriteString("url", license.Url);
                json.WriteEndObject();
            }

            json.WriteStartArray(member);
            foreach (var row in rows)
            {
                json.WriteStartObject();
                foreach (var column in columns)
                {
                    if (column.IsList)
                    {
                        json.WriteStartArray(column.Name);
                        foreach (var item in column.List!(views, row)) json.WriteStringValue(item);
                        json.WriteEndArray();
                    }
                    else if (column.Text!(views, row) is { } value) json.WriteString(column.Name, value);
                    else json.WriteNull(column.Name);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return [.. buffer.WrittenSpan, (byte)'\n'];
    }
}
