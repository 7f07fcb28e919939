using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace Briefing.Feeds;

/// <summary>
/// One feed as its writers see it (Atom and JSON Feed alike): every URL absolute, every date a calendar day (written as
/// midnight UTC), the entries newest first.
/// </summary>
public sealed record FeedDocument(
    string Id,
    string Title,
    string? Subtitle,
    string Language,
    string FeedUrl,
    string PageUrl,
    string AuthorName,
    string AuthorUrl,
    DateOnly Updated,
    IReadOnlyList<FeedEntry> Entries)
{
    /// <summary>
    /// A 128-bit hash of every field, entries and their content included: the writers are functions of the document,
    /// so an equal fingerprint means equal bytes, and an incremental build need not write the feed again to know.
    /// </summary>
    public UInt128 Fingerprint()
    {
        var hash = new XxHash128();
        foreach (var text in (ReadOnlySpan<string?>)[Id, Title, Subtitle, Language, FeedUrl, PageUrl, AuthorName, AuthorUrl]) Add(hash, text);
        Add(hash, Updated.DayNumber);
        Add(hash, Entries.Count);
        foreach (var e in Entries)
        {
            foreach (var text in (ReadOnlySpan<string?>)[e.Id, e.Title, e.Url, e.Summary]) Add(hash, text);
            foreach (var number in (ReadOnlySpan<int>)[e.Published.DayNumber, e.Updated.DayNumber, e.ContentIsHtml ? 1 : 0, e.ContentUtf8.Length]) Add(hash, number);
            hash.Append(e.ContentUtf8);
            Add(hash, e.Categories.Count);
            foreach (var category in e.Categories) Add(hash, category);
            Add(hash, e.Authors.Count);
            foreach (var author in e.Authors)
            {
                Add(hash, author.Name);
                Add(hash, author.Url);
            }
        }

        return hash.GetCurrentHashAsUInt128();
    }

    // Each value with its length (or -1 for null), so that no two different documents run together into the same bytes.
    private static void Add(XxHash128 hash, string? text)
    {
        Add(hash, text?.Length ?? -1);
        if (text is not null) hash.Append(MemoryMarshal.AsBytes(text.AsSpan()));
    }

    private static void Add(XxHash128 hash, int value) => hash.Append(MemoryMarshal.AsBytes(new ReadOnlySpan<int>(in value)));
}
