using Briefing.Graph;
using Briefing.Model;
using Briefing.Rendering;

namespace Briefing.OpenData;

/// <summary>The columns of the events and quotes tables, in the order the CSV files and JSON objects give them.</summary>
public static class DataTables
{
    /// <summary>One row per event of the timeline.</summary>
    public static readonly IReadOnlyList<DataColumn<EventNode>> Events =
    [
        DataColumn<EventNode>.Of("id", DataKind.Id, "The event's anchor: the same id marks it on its briefing's page and on the timeline; it stays while its date and title do.", (_, e) => e.Anchor),
        DataColumn<EventNode>.Of("date", DataKind.Date, "When it happened (when it began, for a span), as written: 2025, 2025-06 or 2025-06-14.", (_, e) => e.Entry.Date.Iso),
        DataColumn<EventNode>.Of("precision", DataKind.Precision, "How precisely date is known: year, month or day.", (_, e) => DataPrecision.Of(e.Entry.Date)),
        DataColumn<EventNode>.Of("end_date", DataKind.Date, "When a span ended (inclusive), as written; empty for a single date.", (_, e) => e.Entry.End?.Iso, optional: true),
        DataColumn<EventNode>.Of("end_precision", DataKind.Precision, "How precisely end_date is known; empty for a single date.", (_, e) => e.Entry.End is { } end ? DataPrecision.Of(end) : null, optional: true),
        DataColumn<EventNode>.Of("title", DataKind.Text, "What happened, as the briefing says it.", (_, e) => e.Entry.Title),
        DataColumn<EventNode>.Many("countries", DataKind.Codes, "The countries involved, as ISO 3166-1 alpha-2 codes (the briefing's, unless the event names its own).", (_, e) => e.Countries.Select(c => c.Country.Alpha2)),
        DataColumn<EventNode>.Many("people", DataKind.Ids, "The people involved, as person ids: the page of person id is /people/id/.", (_, e) => e.People.Select(p => p.Id)),
        DataColumn<EventNode>.Many("organisations", DataKind.Ids, "The organisations involved, as organisation ids: the page of organisation id is /organisations/id/.", (_, e) => e.Organisations.Select(o => o.Id)),
        DataColumn<EventNode>.Of("briefing_url", DataKind.Url, "The event on its briefing's page.", (v, e) => v.AbsoluteUrl(e.Briefing.Url) + "#" + e.Anchor),
        DataColumn<EventNode>.Of("briefing_title", DataKind.Text, "The title of that briefing.", (_, e) => e.Briefing.Source.Title),
        DataColumn<EventNode>.Of("briefing_date", DataKind.Date, "The date of that briefing.", (_, e) => PartialDate.From(e.Briefing.Source.Date).Iso),
        DataColumn<EventNode>.Of("source_name", DataKind.Text, "The source the briefing cites for the event; empty when it cites none.", (_, e) => e.Source?.Name, optional: true),
        DataColumn<EventNode>.Of("source_url", DataKind.Url, "Where that source can be read, when the briefing says.", (_, e) => e.Source?.Url, optional: true),
        DataColumn<EventNode>.Of("source_date", DataKind.Date, "The date of that source, when the briefing says.", (_, e) => e.Source?.Date?.Iso, optional: true),
    ];

    /// <summary>One row per quote (one speaker, one date, the same words), however many briefings carry it.</summary>
    public static readonly IReadOnlyList<DataColumn<QuoteNode>> Quotes =
    [
        DataColumn<QuoteNode>.Of("id", DataKind.Id, "The quote's anchor: the same id marks it on the quote index and on the page of the first briefing that carries it; it stays while speaker, date and words do.", (_, q) => q.IndexAnchor),
        DataColumn<QuoteNode>.Of("date", DataKind.Date, "When it was said, as written (the briefing's date when the quote gives none).", (_, q) => q.Date.Iso),
        DataColumn<QuoteNode>.Of("precision", DataKind.Precision, "How precisely date is known: year, month or day.", (_, q) => DataPrecision.Of(q.Date)),
        DataColumn<QuoteNode>.Of("speaker", DataKind.Id, "Who said it, as a person id (their page is /people/speaker/) or, when speaker_kind is organisation, an organisation id (/organisations/speaker/).", (_, q) => q.Speaker.Id),
        DataColumn<QuoteNode>.Of("speaker_kind", DataKind.Text, "person, or organisation for a statement in an organisation's name.", (_, q) => q.Speaker is OrganisationNode ? "organisation" : "person"),
        DataColumn<QuoteNode>.Of("speaker_name", DataKind.Text, "The speaker's name.", (_, q) => q.Speaker.Name),
        DataColumn<QuoteNode>.Of("speaker_country", DataKind.Code, "The speaker's country (ISO 3166-1 alpha-2), when their file names one.", (_, q) => q.Speaker.Country?.Country.Alpha2, optional: true),
        DataColumn<QuoteNode>.Of("text", DataKind.Text, "The words, verbatim (in English when said in another language).", (_, q) => q.Entry.Text),
        DataColumn<QuoteNode>.Of("context", DataKind.Text, "Where or how it was said, when the briefing says.", (_, q) => q.Entry.Context, optional: true),
        DataColumn<QuoteNode>.Of("original_language", DataKind.Language, "The language the words were said in (a BCP 47 tag), when the original is given.", (_, q) => q.Entry.OriginalText is null ? null : q.Entry.OriginalLanguage, optional: true),
        DataColumn<QuoteNode>.Of("original_text", DataKind.Text, "The words in that language.", (_, q) => q.Entry.OriginalText, optional: true),
        DataColumn<QuoteNode>.Of("status", DataKind.Status, "What is known to be wrong with it: disputed, misattributed or retracted; empty when it stands.", (_, q) => Status(q)?.Entry.StatusName, optional: true),
        DataColumn<QuoteNode>.Of("status_note", DataKind.Text, "Why it has that status.", (_, q) => Status(q)?.Entry.StatusNote, optional: true),
        DataColumn<QuoteNode>.Many("countries", DataKind.Codes, "The countries of the briefings that carry it (ISO 3166-1 alpha-2).", (_, q) => q.Occurrences.SelectMany(o => o.Briefing.Countries).Distinct().Select(c => c.Country.Alpha2)),
        DataColumn<QuoteNode>.Many("organisations", DataKind.Ids, "The organisations it speaks for or is about, as organisation ids (/organisations/id/).", (_, q) => q.Occurrences.SelectMany(o => o.Organisations).Distinct().Select(o => o.Id)),
        DataColumn<QuoteNode>.Of("briefing_url", DataKind.Url, "The quote on the page of the first (oldest) briefing that carries it.", (v, q) => v.AbsoluteUrl(q.Briefing.Url) + "#" + q.Anchor),
        DataColumn<QuoteNode>.Of("briefing_title", DataKind.Text, "The title of that briefing.", (_, q) => q.Briefing.Source.Title),
        DataColumn<QuoteNode>.Of("briefing_date", DataKind.Date, "The date of that briefing.", (_, q) => PartialDate.From(q.Briefing.Source.Date).Iso),
        DataColumn<QuoteNode>.Of("source_name", DataKind.Text, "The source that briefing cites for the quote; empty when it cites none.", (_, q) => q.Source?.Name, optional: true),
        DataColumn<QuoteNode>.Of("source_url", DataKind.Url, "Where that source can be read, when the briefing says.", (_, q) => q.Source?.Url, optional: true),
        DataColumn<QuoteNode>.Of("source_date", DataKind.Date, "The date of that source, when the briefing says.", (_, q) => q.Source?.Date?.Iso, optional: true),
        DataColumn<QuoteNode>.Many("other_briefing_urls", DataKind.Urls, "The quote on the pages of the later briefings that repeat it, oldest first.", (v, q) => q.Occurrences.Skip(1).Select(o => v.AbsoluteUrl(o.Briefing.Url) + "#" + o.Anchor)),
    ];

    // The occurrence whose status the quote has (the index and the pages show the worst one: misattributed words are left out of the speaker's).
    private static QuoteNode? Status(QuoteNode q) =>
        q.Occurrences.FirstOrDefault(o => o.Entry.Status == QuoteStatus.Misattributed) ?? q.Occurrences.FirstOrDefault(o => o.Entry.Status != QuoteStatus.None);
}
