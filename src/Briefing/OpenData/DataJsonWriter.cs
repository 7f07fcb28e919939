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

    // A row on one line: a file of thousands of rows stays readable line by line, and a row is made once for every file that holds it.
    internal static readonly JsonWriterOptions RowOptions = new() { Encoder = JsonFeedWriter.Options.Encoder };

    /// <summary>One row as a JSON object on one line, a member per column.</summary>
    public static byte[] Row<T>(IReadOnlyList<DataColumn<T>> columns, T row, Views views)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, RowOptions))
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

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// The top object, written by <paramref name="head"/> up to its last member, the array <paramref name="name"/>, whose
    /// <paramref name="rows"/> (made already) go one per line, as the indented writer would place them.
    /// </summary>
    internal static FileBytes WithRows(Action<Utf8JsonWriter> head, string name, IReadOnlyList<byte[]> rows)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, JsonFeedWriter.Options))
        {
            json.WriteStartObject();
            head(json);
            json.WriteStartArray(name);
        }

        return RowJoin.Join(buffer.WrittenSpan, rows, "\n    "u8, ",\n    "u8, "\n  "u8, "]\n}\n"u8);
    }

    /// <summary>The <paramref name="rows"/> (made by <see cref="Row"/>) of the table <paramref name="member"/> as a file; <paramref name="country"/> is the alpha-2 code of a country's file.</summary>
    public static FileBytes Write(string title, string? country, DataLicense? license, string member, IReadOnlyList<byte[]> rows, Views views) =>
        WithRows(json =>
        {
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
        }, member, rows);
}
