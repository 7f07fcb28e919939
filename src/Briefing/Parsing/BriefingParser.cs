using Briefing.Diagnostics;
using Briefing.FrontMatter;
using Briefing.Languages;
using Briefing.Loading;
using Briefing.Markdown;
using Briefing.Model;
using Briefing.Text;

namespace Briefing.Parsing;

/// <summary>Turns a briefing file into a <see cref="ParsedBriefing"/>, checking every key the spec defines.</summary>
public static class BriefingParser
{
    private static readonly string[] Keys =
        ["title", "date", "summary", "slug", "countries", "people", "tags", "sources", "events", "quotes", "updates", "draft", "moved_from", "authors", "organisations", "mentions"];
    private static readonly string[] SourceKeys = ["name", "url", "date"];
    private static readonly string[] EventKeys = ["date", "end", "title", "countries", "people", "organisations", "source"];
    private static readonly string[] QuoteKeys = ["by", "text", "date", "context", "original", "source", "status", "note", "organisations"];
    private static readonly string[] QuoteStatuses = ["disputed", "misattributed", "retracted"];
    private static readonly string[] UpdateKinds = ["update", "correction"];
    private static readonly string[] OriginalKeys = ["lang", "text"];
    private static readonly string[] UpdateKeys = ["date", "note", "kind"];

    /// <summary>Parses <paramref name="file"/>; returns null when it has errors (all of them reported).</summary>
    public static ParsedBriefing? Parse(SourceFile file, DiagnosticBag diagnostics)
    {
        var local = new DiagnosticBag();
        if (FrontMatterFile.Open(file, local) is not var (split, map)) return FrontMatterFile.Finish<ParsedBriefing>(null, local, diagnostics);

        var f = new FieldReader(map, "briefing", Keys, local);
        var title = f.Text("title", required: true);
        var date = f.Date("date", required: true, dayRequired: true);
        var summary = f.Text("summary");
        var (slug, slugAt) = ReadSlug(f, file.Path);
        var countries = f.References("countries", required: true);
        var people = f.References("people");
        var tags = f.References("tags");
        var authors = f.References("authors");
        var organisations = f.References("organisations");
        // Arrays, not lists: kept until the site is written, one object each.
        var sources = f.Maps("sources").Select(m => ReadSource(m, local)).OfType<SourceEntry>().ToArray();
        var events = f.Maps("events").Select(m => ReadEvent(m, local)).OfType<EventEntry>().ToArray();
        var quotes = f.Maps("quotes").Select(m => ReadQuote(m, local)).OfType<QuoteEntry>().ToArray();
        var updates = f.Maps("updates").Select(m => ReadUpdate(m, local)).OfType<UpdateEntry>()
            .OrderByDescending(u => u.Date).ToArray();
        var draft = f.Bool("draft");
        // Mentions are linked unless the author says 'mentions: false'.
        var mentions = f.Scalar("mentions") is null || f.Bool("mentions");
        var movedFrom = MovedFromReader.Read(f);
        CheckSourceNames(sources, events.Select(e => e.Source).Concat(quotes.Select(q => q.Source)), local);

        var body = MarkdownRenderer.Render(split.Body, file.Path, split.BodyFirstLine, local);
        // Missing values were reported; stand-ins keep the file in the link stage so its references are checked too.
        var day = date is { Day: not null } d ? new DateOnly(d.Year, d.Month!.Value, d.Day.Value) : DateOnly.MinValue;
        var briefing = new ParsedBriefing(file.Path, title ?? "", day,
            summary ?? body.FirstParagraph, slug, slugAt, countries, people, tags, sources, events, quotes, updates, draft, body) { MovedFrom = movedFrom, Authors = authors, Organisations = organisations, FrontMatterAt = f.At, Mentions = mentions };
        return FrontMatterFile.Finish(briefing, local, diagnostics);
    }

    private static (string Slug, SourceLocation At) ReadSlug(FieldReader f, string path)
    {
        var scalar = f.Scalar("slug");
        if (scalar is not null)
        {
            var value = scalar.Value.Trim();
            if (!Slug.IsValid(value))
            {
                var hint = Slug.From(value) is { Length: > 0 } s && !Slug.IsReserved(value) ? $"; try '{s}'" : "";
                f.Diagnostics.Error(DiagnosticCodes.BadSlug, scalar.At,
                    $"slug '{value}' must be lower-case letters, digits and single '-' between them (not a reserved name like 'con'){hint}");
            }

            return (value, scalar.At);
        }

        var name = System.IO.Path.GetFileNameWithoutExtension(path);
        if (name.Length > 11 && DateParserPrefix(name)) name = name[11..];
        var fromName = Slug.IsValid(name) ? name : Slug.From(name);
        if (fromName.Length == 0)
            f.Diagnostics.Error(DiagnosticCodes.BadSlug, SourceLocation.File(path),
                $"the file name '{name}' gives no usable URL name; add 'slug:' with lower-case letters, digits and '-'");
        return (fromName, SourceLocation.File(path));
    }

    private static bool DateParserPrefix(string name) =>
        name[10] == '-' && DateOnly.TryParseExact(name[..10], "yyyy-MM-dd", out _);

    private static SourceEntry? ReadSource(YamlMap map, DiagnosticBag d)
    {
        var f = new FieldReader(map, "source", SourceKeys, d);
        var name = f.Text("name", required: true);
        var url = f.Text("url");
        if (url is not null && !IsHttpUrl(url))
            d.Error(DiagnosticCodes.BadSourceUrl, f.AtKey("url"), $"source url '{url}' must be an absolute http or https URL");
        var date = f.Date("date", required: false, dayRequired: false);
        return name is null ? null : new SourceEntry(name, url, date, map.At);
    }

    private static bool IsHttpUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && !url.Any(char.IsWhiteSpace);

    private static EventEntry? ReadEvent(YamlMap map, DiagnosticBag d)
    {
        var f = new FieldReader(map, "event", EventKeys, d);
        var date = f.Date("date", required: true, dayRequired: false);
        var end = f.Date("end", required: false, dayRequired: false);
        var title = f.Text("title", required: true);
        IReadOnlyList<Reference>? countries = map["countries"] is null ? null : f.References("countries");
        var people = f.References("people");
        var organisations = f.References("organisations");
        var source = FieldReader.ReferenceTo(f.Scalar("source"));
        if (date is PartialDate start && end is PartialDate last && last.LastDay < start.FirstDay)
            d.Error(DiagnosticCodes.ImpossibleDate, f.AtKey("end"), $"event ends ({last.Iso}) before it starts ({start.Iso})");
        return date is null || title is null ? null : new EventEntry(date.Value, end, title, countries, people, source, map.At) { Organisations = organisations };
    }

    private static QuoteEntry? ReadQuote(YamlMap map, DiagnosticBag d)
    {
        var f = new FieldReader(map, "quote", QuoteKeys, d);
        var by = FieldReader.ReferenceTo(f.Scalar("by", required: true));
        if (by is null && map["by"] is YamlScalar empty && empty.Value.Trim().Length == 0 && !empty.IsNull)
            d.Error(DiagnosticCodes.MissingKey, empty.At, "quote needs 'by': who said it");
        var text = f.Text("text", required: true);
        var date = f.Date("date", required: false, dayRequired: false);
        var context = f.Text("context");
        string? lang = null, original = null;
        if (f.Map("original") is YamlMap o)
        {
            var of = new FieldReader(o, "original", OriginalKeys, d);
            lang = of.Text("lang", required: true);
            original = of.Text("text", required: true);
            if (lang is not null && LanguageRegistry.Default.Read(lang).Language is null)
                d.Warning(DiagnosticCodes.UnknownLanguage, of.AtKey("lang"), LanguageRegistry.Default.UnknownMessage(lang, "its label shows the code as written"));
        }

        var source = FieldReader.ReferenceTo(f.Scalar("source"));
        var organisations = f.References("organisations");
        var status = f.Choice("status", QuoteStatuses, DiagnosticCodes.BadQuoteStatus) is int s ? (QuoteStatus)(s + 1) : QuoteStatus.None;
        var note = f.Text("note");
        if (note is not null && map["status"] is null)
            d.Error(DiagnosticCodes.NoteWithoutStatus, f.AtKey("note"),
                $"a quote's 'note' explains its 'status'; add 'status: {string.Join(" | ", QuoteStatuses)}', or move the note into 'context'");
        return by is not { } speaker || text is null ? null
            : new QuoteEntry(speaker, text, date, context, lang, original, source, map.At) { Status = status, StatusNote = status == QuoteStatus.None ? null : note, Organisations = organisations };
    }

    private static UpdateEntry? ReadUpdate(YamlMap map, DiagnosticBag d)
    {
        var f = new FieldReader(map, "update", UpdateKeys, d);
        var date = f.Date("date", required: true, dayRequired: false);
        var note = f.Text("note", required: true);
        var kind = f.Choice("kind", UpdateKinds, DiagnosticCodes.BadUpdateKind) == 1 ? UpdateKind.Correction : UpdateKind.Update;
        return date is null || note is null ? null : new UpdateEntry(date.Value, note, kind);
    }

    private static void CheckSourceNames(IReadOnlyList<SourceEntry> sources, IEnumerable<Reference?> uses, DiagnosticBag d)
    {
        var names = sources.Select(s => s.Name).ToList();
        foreach (var reference in uses)
        {
            if (reference is not { } use) continue;
            if (names.Contains(use.Text, StringComparer.Ordinal)) continue;
            var near = ClosestMatch.Find(use.Text, names, 1);
            var hint = near.Count > 0 ? $"; did you mean '{near[0]}'?"
                : names.Count == 0 ? "; add it under 'sources:'" : $"; the sources are: {string.Join(", ", names)}";
            d.Error(DiagnosticCodes.UnknownSource, use.At, $"source '{use.Text}' is not one of this briefing's sources{hint}");
        }
    }
}
