using Briefing.Graph;
using Briefing.Rendering;

namespace Briefing.OpenData;

/// <summary>
/// Every open-data file of the site, planned from the graph (no file is made until asked): the events and quotes as
/// CSV and JSON, the events as iCalendar and TimelineJS JSON, and the JSON Schema, under <c>/data/</c>; the same
/// for each country page under <c>/data/countries/&lt;slug&gt;/</c> (its slug as in <c>/countries/&lt;slug&gt;/</c>).
/// Events are in timeline order, quotes by date, oldest first.
/// </summary>
public sealed class DataFiles
{
    /// <summary>The folder of the data files and of the page that documents them.</summary>
    public const string Folder = "data/";

    /// <summary>The JSON Schema of the JSON files.</summary>
    public const string SchemaPath = Folder + "schema.json";

    /// <summary>The data files of <paramref name="graph"/>; <paramref name="views"/> makes the URLs.</summary>
    public DataFiles(SiteGraph graph, Views views)
    {
        var s = graph.Settings;
        var host = s.BaseUrl.Host;
        // Each row in each format is made once and copied into the site's file and its countries' (by node index).
        var (eventCsv, eventJson, eventIcs, slides) = (EventRows(), EventRows(), EventRows(), EventRows());
        var (quoteCsv, quoteJson) = (QuoteRows(), QuoteRows());
        RowCache<EventNode> EventRows() => new(graph.Timeline.Count, e => e.Index);
        RowCache<QuoteNode> QuoteRows() => new(graph.Quotes.Count, q => q.Index);
        var site = Set(Folder, s.Title, null, s.Description, graph.Timeline, graph.Quotes);
        var schema = new DataFile(SchemaPath, DataSchema.MediaType, "JSON Schema", "The JSON Schema (draft 2020-12) of the events and quotes JSON files, the site's and each country's.",
            () => new FileBytes(DataSchema.Write(views.AbsoluteUrl(SchemaPath), s.Title)));
        Site = [.. site, schema];

        // A quote belongs to its speaker's country and to the countries of the briefings that carry it.
        var quotes = graph.Countries.ToDictionary(c => c, _ => new List<QuoteNode>());
        foreach (var q in graph.Quotes)
            foreach (var c in q.Occurrences.SelectMany(o => o.Briefing.Countries).Prepend(q.Speaker.Country).Distinct())
                if (c is not null) quotes[c].Add(q);
        Countries = graph.Countries.Select(c => new KeyValuePair<CountryNode, IReadOnlyList<DataFile>>(c,
            Set($"{Folder}countries/{c.Country.Slug}/", $"{c.Country.Name} · {s.Title}", c.Country.Alpha2, $"Events and quotes about {c.Country.Name}.", c.Events, quotes[c]))).ToList();
        Files = [.. Site, .. Countries.SelectMany(c => c.Value)];
        Action[] clears = [eventCsv.Clear, eventJson.Clear, quoteCsv.Clear, quoteJson.Clear, eventIcs.Clear, slides.Clear]; // in the order of Set's files
        Batches = [.. clears.Select((clear, i) => new DataBatch([site[i], .. Countries.Select(c => c.Value[i])], clear)), new DataBatch([schema], () => { })];

        List<DataFile> Set(string folder, string title, string? country, string? description, IReadOnlyList<EventNode> events, IReadOnlyList<QuoteNode> quoted) =>
        [
            new(folder + "events.csv", CsvWriter.MediaType, "Events (CSV)", "One row per event.",
                () => CsvWriter.Write(CsvWriter.Header(DataTables.Events), eventCsv.Rows(events, e => CsvWriter.Row(DataTables.Events, e, views)))),
            new(folder + "events.json", DataJsonWriter.MediaType, "Events (JSON)", "The same events as JSON.",
                () => DataJsonWriter.Write($"Events · {title}", country, s.DataLicense, "events",
                    eventJson.Rows(events, e => DataJsonWriter.Row(DataTables.Events, e, views)), views)),
            new(folder + "quotes.csv", CsvWriter.MediaType, "Quotes (CSV)", "One row per quote.",
                () => CsvWriter.Write(CsvWriter.Header(DataTables.Quotes), quoteCsv.Rows(quoted, q => CsvWriter.Row(DataTables.Quotes, q, views)))),
            new(folder + "quotes.json", DataJsonWriter.MediaType, "Quotes (JSON)", "The same quotes as JSON.",
                () => DataJsonWriter.Write($"Quotes · {title}", country, s.DataLicense, "quotes",
                    quoteJson.Rows(quoted, q => DataJsonWriter.Row(DataTables.Quotes, q, views)), views)),
            new(folder + "events.ics", IcsWriter.MediaType, "Events (iCalendar)", "The events as all-day calendar entries, to subscribe to or import.",
                () => IcsWriter.Write(title, eventIcs.Rows(events, e => IcsWriter.Event(e, host, views.AbsoluteUrl(e.Briefing.Url) + "#" + e.Anchor)))),
            new(folder + "timeline.json", DataJsonWriter.MediaType, "Timeline (TimelineJS)", "The events in Knight Lab's TimelineJS format.",
                () => TimelineJsWriter.Write(title, description, slides.Rows(events, e => TimelineJsWriter.Slide(e, views)))),
        ];
    }

    /// <summary>The site's files (and the schema), in the order the /data/ page lists them.</summary>
    public IReadOnlyList<DataFile> Site { get; }

    /// <summary>Each country's files, in the site's order of countries.</summary>
    public IReadOnlyList<KeyValuePair<CountryNode, IReadOnlyList<DataFile>>> Countries { get; }

    /// <summary>Every data file, the site's first.</summary>
    public IReadOnlyList<DataFile> Files { get; }

    /// <summary>
    /// Every data file, in batches that share the rows of one table in one format (the site's file and each country's):
    /// made batch after batch, letting go of a batch's rows once its files are made, a large site holds one table's rows at a time.
    /// </summary>
    public IReadOnlyList<DataBatch> Batches { get; }
}

/// <summary>Data files made from the same rows, and what lets those rows go once they are made.</summary>
public sealed record DataBatch(IReadOnlyList<DataFile> Files, Action Done);
