using Briefing.Feeds;

namespace Briefing.Tests.Feeds;

/// <summary>An incremental build skips a feed whose document fingerprint is unchanged, so every field must count.</summary>
public sealed class FeedFingerprintTests
{
    private static readonly FeedEntry Entry = new("tag:example.org,2025-06-15:a", "T", "https://example.org/a/", new DateOnly(2025, 6, 15), new DateOnly(2025, 6, 16),
        "S", "<p>C</p>"u8.ToArray(), true, ["x", "y"]);

    private static readonly FeedDocument Document = new("https://example.org/feed.xml", "F", "D", "en", "https://example.org/feed.xml", "https://example.org/",
        "A", "https://example.org/", new DateOnly(2025, 6, 16), [Entry]);

    [Fact]
    public void Equal_documents_have_equal_fingerprints_and_a_change_to_any_field_changes_it()
    {
        var copy = Document with { Entries = [Entry with { ContentUtf8 = "<p>C</p>"u8.ToArray(), Categories = ["x", "y"] }] };
        Assert.Equal(Document.Fingerprint(), copy.Fingerprint());

        FeedDocument[] documentVariants =
        [
            Document with { Id = "x" }, Document with { Title = "x" }, Document with { Subtitle = null }, Document with { Language = "az" },
            Document with { FeedUrl = "x" }, Document with { PageUrl = "x" }, Document with { AuthorName = "x" }, Document with { AuthorUrl = "x" },
            Document with { Updated = new DateOnly(2025, 6, 17) }, Document with { Entries = [] },
        ];
        FeedEntry[] entryVariants =
        [
            Entry with { Id = "x" }, Entry with { Title = "x" }, Entry with { Url = "x" }, Entry with { Published = new DateOnly(2025, 6, 14) },
            Entry with { Updated = new DateOnly(2025, 6, 17) }, Entry with { Summary = null }, Entry with { ContentUtf8 = "<p>D</p>"u8.ToArray() },
            Entry with { ContentIsHtml = false }, Entry with { Categories = ["xy"] },
        ];
        // One variant per field: a field added to either record fails here until the fingerprint and this test know it.
        Assert.Equal(typeof(FeedDocument).GetConstructors().Single(c => c.GetParameters().Length > 1).GetParameters().Length, documentVariants.Length);
        Assert.Equal(typeof(FeedEntry).GetConstructors().Single(c => c.GetParameters().Length > 1).GetParameters().Length, entryVariants.Length);

        var prints = documentVariants.Concat(entryVariants.Select(e => Document with { Entries = [e] })).Select(d => d.Fingerprint()).Append(Document.Fingerprint()).ToList();
        Assert.Equal(prints.Count, prints.Distinct().Count());
        Assert.NotEqual((Document with { Subtitle = "" }).Fingerprint(), (Document with { Subtitle = null }).Fingerprint());
    }
}
