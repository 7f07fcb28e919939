using Briefing.Building;
using Briefing.Tests.Support;

namespace Briefing.Tests.Corrections;

/// <summary>A quote's <c>status</c> and <c>note</c>: a label wherever the quote is; a misattributed one is not its speaker's.</summary>
public sealed class QuoteStatusTests
{
    private static string Site(string status) => $$"""
        -- briefings/a.md --
        ---
        title: Talks in Baku
        date: 2025-06-10
        countries: [AZ]
        quotes:
          - by: Jane Roe
            text: We will meet again.
          - by: Jane Roe
            text: Peace is near.
        {{status}}
        ---
        Body.
        -- people/jane-roe.md --
        ---
        name: Jane Roe
        country: AZ
        ---
        """;

    [Theory]
    [InlineData("disputed", "Disputed")]
    [InlineData("retracted", "Retracted")]
    public void A_disputed_or_retracted_quote_is_labelled_with_its_note_on_every_page_that_shows_it(string status, string label)
    {
        var site = TestSite.Build(Site($"    status: {status}\n    note: The ministry denies it.")).Clean();
        var expected = $"<p class=\"quote-status\" role=\"note\"><strong>{label}</strong>: <bdi>The ministry denies it.</bdi></p>";
        foreach (var page in new[] { "briefings/a/index.html", "people/jane-roe/index.html", "quotes/index.html", "countries/azerbaijan/index.html", "index.html" })
            Assert.Contains(expected, site.Page(page));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(site.Page("briefings/a/index.html"), "quote-status\""));
    }

    [Fact]
    public void A_status_without_a_note_is_labelled_alone()
    {
        var page = TestSite.Build(Site("    status: disputed")).Clean().Page("briefings/a/index.html");
        Assert.Contains("<p class=\"quote-status\" role=\"note\"><strong>Disputed</strong></p>", page);
    }

    [Fact]
    public void A_misattributed_quote_stays_marked_on_its_briefing_but_is_not_among_the_speakers_words()
    {
        var site = TestSite.Build(Site("    status: misattributed\n    note: Said by her deputy.")).Clean();
        var briefing = site.Page("briefings/a/index.html");
        Assert.Contains("<strong>Misattributed</strong>: <bdi>Said by her deputy.</bdi>", briefing);
        Assert.Contains("Peace is near.", briefing);
        // The briefing does not link to an index entry that is not there.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(briefing, "In the quote index"));
        Assert.Contains("\"text\":\"We will meet again.\"", briefing);
        Assert.DoesNotContain("\"text\":\"Peace is near.\"", briefing); // no Quotation in the JSON-LD
        foreach (var page in new[] { "people/jane-roe/index.html", "quotes/index.html" })
        {
            Assert.Contains("We will meet again.", site.Page(page));
            Assert.DoesNotContain("Peace is near.", site.Page(page));
        }
    }

    [Fact]
    public void A_status_that_is_not_one_of_the_words_is_an_error_with_the_nearest_word()
    {
        TestSite.Build(Site("    status: disputd")).FailsWith(
            "briefings/a.md(10,13): error BRF041: quote 'status' must be one of disputed, misattributed, retracted, not 'disputd'; did you mean 'disputed'?");
    }

    [Fact]
    public void A_note_on_a_quote_without_a_status_is_an_error()
    {
        TestSite.Build(Site("    note: Said by her deputy.")).FailsWith(
            "briefings/a.md(10,11): error BRF042: a quote's 'note' explains its 'status'; add 'status: disputed | misattributed | retracted', or move the note into 'context'");
    }

    [Fact]
    public void A_newer_briefing_marking_a_repeated_quote_misattributed_updates_every_page_in_the_preview_as_a_full_build_does()
    {
        const string Second = "\n-- briefings/b.md --\n---\ntitle: Talks again\ndate: 2025-06-12\ncountries: [AZ]\nquotes:\n  - by: Jane Roe\n    text: Peace is near.\n    date: 2025-06-10\n";
        var (before, theme) = TestSite.Files(Site("") + Second + "---\nBody.\n");
        var (after, _) = TestSite.Files(Site("") + Second + "    status: misattributed\n---\nBody.\n");
        var live = new LiveSite(new BuildOptions());
        Assert.True(live.Update(before, theme).Succeeded);
        Assert.True(live.Update(after, theme).Succeeded);
        var full = SiteBuilder.Build(after, theme, new BuildOptions());
        Assert.DoesNotContain("Peace is near.", System.Text.Encoding.UTF8.GetString(live.Files["people/jane-roe/index.html"]));
        foreach (var f in full.Files) Assert.True(f.Bytes.AsSpan().SequenceEqual(live.Files[f.Path]), $"{f.Path} differs from a full build");
    }
}
