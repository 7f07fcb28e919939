using System.Globalization;
using System.Text;
using System.Text.Json;
using Briefing.Tests.Support;
using CsvHelper;
using Json.Schema;

namespace Briefing.Tests.OpenData;

/// <summary>Reads a built site's data files back with real parsers: CsvHelper for CSV, JsonSchema.Net for the schema.</summary>
internal static class DataReader
{
    /// <summary>Every record of the CSV file at <paramref name="path"/>, the header first; bad data fails the test.</summary>
    public static List<string[]> Csv(SiteResult site, string path)
    {
        var options = new CsvReaderOptions
        {
            HasHeader = false,
            Mode = CsvMode.Rfc4180,
            MalformedData = CsvMalformedDataHandling.Throw,
            FieldCountMismatch = CsvFieldCountHandling.Throw,
        };
        using var reader = CsvReader.Create(site.Result.Files.Single(f => f.Path == path).Bytes, options);
        var rows = new List<string[]>();
        while (reader.Read()) rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray());
        return rows;
    }

    /// <summary>The CSV rows as column name to cell, the header's names checked against <paramref name="columns"/>.</summary>
    public static List<Dictionary<string, string>> CsvRecords(SiteResult site, string path, IEnumerable<string> columns)
    {
        var rows = Csv(site, path);
        Assert.Equal(columns, rows[0]);
        return rows.Skip(1).Select(r => rows[0].Zip(r).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal)).ToList();
    }

    /// <summary>The JSON file at <paramref name="path"/>, after checking it against the site's <c>data/schema.json</c>.</summary>
    public static JsonElement ValidJson(SiteResult site, string path, string definition)
    {
        var registry = new SchemaRegistry();
        var schema = JsonSchema.FromText(site.Page("data/schema.json"), new BuildOptions { SchemaRegistry = registry });
        using var document = JsonDocument.Parse(site.Page(path));
        var options = new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true };
        var result = schema.Evaluate(document.RootElement, options);
        Assert.True(result.IsValid, $"{path} does not match the schema:\n" + Errors(result));
        // The file matches the definition it is documented to match, not only one of the others.
        using var wrapped = JsonDocument.Parse($$"""{"$ref": "{{JsonSchemaId(site)}}#/$defs/{{definition}}"}""");
        var part = JsonSchema.Build(wrapped.RootElement, new BuildOptions { SchemaRegistry = registry }, new Uri("https://tests.invalid/part"));
        var partResult = part.Evaluate(document.RootElement, options);
        Assert.True(partResult.IsValid, $"{path} does not match #/$defs/{definition}:\n" + Errors(partResult));
        return document.RootElement.Clone();
    }

    /// <summary>Whether <paramref name="json"/> matches the site's schema.</summary>
    public static bool MatchesSchema(SiteResult site, string json)
    {
        var schema = JsonSchema.FromText(site.Page("data/schema.json"), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        using var document = JsonDocument.Parse(json);
        return schema.Evaluate(document.RootElement, new EvaluationOptions { RequireFormatValidation = true }).IsValid;
    }

    private static string JsonSchemaId(SiteResult site)
    {
        using var schema = JsonDocument.Parse(site.Page("data/schema.json"));
        return schema.RootElement.GetProperty("$id").GetString()!;
    }

    private static string Errors(EvaluationResults result)
    {
        var text = new StringBuilder();
        foreach (var d in (result.Details ?? []).Prepend(result).Where(d => d.Errors is { Count: > 0 }))
            foreach (var (k, v) in d.Errors!) text.Append(d.InstanceLocation).Append(' ').Append(k).Append(": ").Append(v).Append('\n');
        return text.ToString();
    }
}
