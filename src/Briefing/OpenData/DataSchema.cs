using System.Buffers;
using System.Text.Json;
using Briefing.Feeds;

namespace Briefing.OpenData;

/// <summary>
/// The JSON Schema (draft 2020-12) of the events and quotes JSON files, made from the same column lists as the files,
/// so it cannot fall behind them: an events file matches <c>$defs/events_file</c>, a quotes file <c>$defs/quotes_file</c>.
/// </summary>
public static class DataSchema
{
    /// <summary>The media type of a JSON Schema.</summary>
    public const string MediaType = "application/schema+json";

    /// <summary>The schema as UTF-8 JSON; <paramref name="id"/> is its absolute URL.</summary>
    public static byte[] Write(string id, string title)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, JsonFeedWriter.Options))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json-schema.org/draft/2020-12/schema");
            json.WriteString("$id", id);
            json.WriteString("title", $"Open data of {title}");
            json.WriteString("description", "An events file (events.json) or a quotes file (quotes.json).");
            json.WriteStartArray("oneOf");
            Reference(json, "#/$defs/events_file");
            Reference(json, "#/$defs/quotes_file");
            json.WriteEndArray();
            json.WriteStartObject("$defs");
            File(json, "events_file", "events", "event");
            File(json, "quotes_file", "quotes", "quote");
            Row(json, "event", DataTables.Events);
            Row(json, "quote", DataTables.Quotes);
            json.WriteStartObject("license");
            json.WriteStartArray("type");
            json.WriteStringValue("object");
            json.WriteStringValue("null");
            json.WriteEndArray();
            json.WriteString("description", "The licence of the data as site.yml's data_license states it; null when none is stated.");
            Required(json, ["name", "url"]);
            json.WriteStartObject("properties");
            json.WriteStartObject("name");
            json.WriteString("type", "string");
            json.WriteNumber("minLength", 1);
            json.WriteEndObject();
            json.WriteStartObject("url");
            Nullable(json, "string");
            json.WriteString("format", "uri");
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteBoolean("additionalProperties", false);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return [.. buffer.WrittenSpan, (byte)'\n'];
    }

    private static void File(Utf8JsonWriter json, string name, string member, string row)
    {
        json.WriteStartObject(name);
        json.WriteString("type", "object");
        Required(json, ["title", "home_page_url", "license", member]);
        json.WriteStartObject("properties");
        json.WriteStartObject("title");
        json.WriteString("type", "string");
        json.WriteEndObject();
        json.WriteStartObject("home_page_url");
        json.WriteString("type", "string");
        json.WriteString("format", "uri");
        json.WriteEndObject();
        json.WriteStartObject("country");
        json.WriteString("description", "In a country's file: the country, as an ISO 3166-1 alpha-2 code.");
        Kind(json, DataKind.Code);
        json.WriteEndObject();
        json.WriteStartObject("license");
        json.WriteString("$ref", "#/$defs/license");
        json.WriteEndObject();
        json.WriteStartObject(member);
        json.WriteString("type", "array");
        json.WriteStartObject("items");
        json.WriteString("$ref", $"#/$defs/{row}");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteBoolean("additionalProperties", false);
        json.WriteEndObject();
    }

    private static void Row<T>(Utf8JsonWriter json, string name, IReadOnlyList<DataColumn<T>> columns)
    {
        json.WriteStartObject(name);
        json.WriteString("type", "object");
        Required(json, columns.Select(c => c.Name));
        json.WriteStartObject("properties");
        foreach (var column in columns)
        {
            json.WriteStartObject(column.Name);
            json.WriteString("description", column.Description);
            if (column.IsList)
            {
                json.WriteString("type", "array");
                json.WriteStartObject("items");
                Kind(json, column.Kind);
                json.WriteEndObject();
            }
            else
            {
                if (column.Optional) Nullable(json, "string");
                Kind(json, column.Kind, typed: !column.Optional);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteBoolean("additionalProperties", false);
        json.WriteEndObject();
    }

    // What a value of `kind` looks like; a nullable one has its type already written.
    private static void Kind(Utf8JsonWriter json, DataKind kind, bool typed = true)
    {
        if (typed) json.WriteString("type", "string");
        switch (kind)
        {
            case DataKind.Id:
            case DataKind.Ids:
            case DataKind.Text:
                json.WriteNumber("minLength", 1);
                break;
            case DataKind.Date:
                json.WriteString("pattern", "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$");
                break;
            case DataKind.Precision:
                Enum(json, OpenData.DataPrecision.Words);
                break;
            case DataKind.Url:
            case DataKind.Urls:
                json.WriteString("format", "uri");
                break;
            case DataKind.Code:
            case DataKind.Codes:
                json.WriteString("pattern", "^[A-Z]{2}$");
                break;
            case DataKind.Language:
                json.WriteString("pattern", "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$");
                break;
            case DataKind.Status:
                Enum(json, ["disputed", "misattributed", "retracted"]);
                break;
        }
    }

    // Null stays allowed in an enum of a nullable column.
    private static void Enum(Utf8JsonWriter json, IEnumerable<string> words)
    {
        json.WriteStartArray("enum");
        foreach (var w in words) json.WriteStringValue(w);
        json.WriteNullValue();
        json.WriteEndArray();
    }

    private static void Nullable(Utf8JsonWriter json, string type)
    {
        json.WriteStartArray("type");
        json.WriteStringValue(type);
        json.WriteStringValue("null");
        json.WriteEndArray();
    }

    private static void Required(Utf8JsonWriter json, IEnumerable<string> names)
    {
        json.WriteStartArray("required");
        foreach (var n in names) json.WriteStringValue(n);
        json.WriteEndArray();
    }

    private static void Reference(Utf8JsonWriter json, string pointer)
    {
        json.WriteStartObject();
        json.WriteString("$ref", pointer);
        json.WriteEndObject();
    }
}
