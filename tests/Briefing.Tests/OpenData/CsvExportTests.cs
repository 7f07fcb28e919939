using Briefing.Tests.Support;

namespace Briefing.Tests.OpenData;

/// <summary>The CSV files read back with a real CSV parser: every cell as written, formulas neutralised, quotes, commas and line breaks kept.</summary>
public sealed class CsvExportTests
{
    internal const string Site = """
        -- briefings/a.md --
        ---
        title: "=HYPERLINK(\"https://evil.example/\",\"click\"), said \"they\""
        date: 2025-06-15
        summary: Summary.
        countries: [AZ, IR]
        people: [Jeyhun Bayramov]
        sources:
          - name: "+Source, with \"quotes\""
            url: https://example.com/s?a=1,2
            date: 2025-06
        events:
          - date: 2025-06-14
            end: 2025-06-16
            title: "-1+2 talks, \"quoted\"; with a comma"
            people: [Jeyhun Bayramov, Abbas Araghchi]
            source: "+Source, with \"quotes\""
          - date: 2025-06
            title: "@SUM(A1:A9) meeting"
            countries: [TR]
        quotes:
          - by: Jeyhun Bayramov
            text: "=1+1, he said \"twice\"\nand then\tagain"
            date: 2025-06-14
            context: "@press conference, in Baku"
            source: "+Source, with \"quotes\""
          - by: Abbas Araghchi
            text: Plain words
            original:
              lang: fa
              text: کلمات ساده
            status: disputed
            note: "-The source withdrew it"
        ---
        Body.
        -- people/jeyhun-bayramov.md --
        ---
        name: Jeyhun Bayramov
        country: AZ
        ---
        -- people/abbas-araghchi.md --
        ---
        name: Abbas Araghchi
        country: IR
        ---
        """;

    private static readonly string[] EventColumns =
        ["id", "date", "precision", "end_date", "end_precision", "title", "countries", "people", "organisations", "briefing_url", "briefing_title", "briefing_date", "source_name", "source_url", "source_date"];

    private static readonly string[] QuoteColumns =
        ["id", "date", "precision", "speaker", "speaker_kind", "speaker_name", "speaker_country", "text", "context", "original_language", "original_text", "status", "status_note",
         "countries", "organisations", "briefing_url", "briefing_title", "briefing_date", "source_name", "source_url", "source_date", "other_briefing_urls"];

    private const string Title = "=HYPERLINK(\"https://evil.example/\",\"click\"), said \"they\"";

    [Fact]
    public void Every_event_cell_reads_back_as_written_with_formulas_neutralised()
    {
        var site = TestSite.Build(Site).Clean();
        var rows = DataReader.CsvRecords(site, "data/events.csv", EventColumns);
        Assert.Equal(2, rows.Count);

        var month = rows[0];
        Assert.Equal("e-2025-06-sum-a1-a9-meeting", month["id"]);
        Assert.Equal(["2025-06", "month", "", ""], new[] { month["date"], month["precision"], month["end_date"], month["end_precision"] });
        Assert.Equal("'@SUM(A1:A9) meeting", month["title"]);
        Assert.Equal("TR", month["countries"]);
        Assert.Equal("", month["people"]);
        Assert.Equal("https://example.org/briefings/a/#e-2025-06-sum-a1-a9-meeting", month["briefing_url"]);
        Assert.Equal("'" + Title, month["briefing_title"]);
        Assert.Equal("2025-06-15", month["briefing_date"]);
        Assert.Equal(["", "", ""], new[] { month["source_name"], month["source_url"], month["source_date"] });

        var span = rows[1];
        Assert.Equal("e-2025-06-14-1-2-talks-quoted-with-a-comma", span["id"]);
        Assert.Equal(["2025-06-14", "day", "2025-06-16", "day"], new[] { span["date"], span["precision"], span["end_date"], span["end_precision"] });
        Assert.Equal("'-1+2 talks, \"quoted\"; with a comma", span["title"]);
        Assert.Equal("AZ;IR", span["countries"]);
        Assert.Equal("jeyhun-bayramov;abbas-araghchi", span["people"]);
        Assert.Equal("https://example.org/briefings/a/#e-2025-06-14-1-2-talks-quoted-with-a-comma", span["briefing_url"]);
        Assert.Equal(["'+Source, with \"quotes\"", "https://example.com/s?a=1,2", "2025-06"], new[] { span["source_name"], span["source_url"], span["source_date"] });
    }

    [Fact]
    public void Every_quote_cell_reads_back_as_written_line_breaks_and_tabs_included()
    {
        var site = TestSite.Build(Site).Clean();
        var rows = DataReader.CsvRecords(site, "data/quotes.csv", QuoteColumns);
        Assert.Equal(2, rows.Count);

        var said = rows.Single(r => r["speaker"] == "jeyhun-bayramov");
        Assert.StartsWith("q-jeyhun-bayramov-2025-06-14-", said["id"], StringComparison.Ordinal);
        Assert.Equal(["2025-06-14", "day", "Jeyhun Bayramov", "AZ"], new[] { said["date"], said["precision"], said["speaker_name"], said["speaker_country"] });
        Assert.Equal("'=1+1, he said \"twice\"\nand then\tagain", said["text"]);
        Assert.Equal("'@press conference, in Baku", said["context"]);
        Assert.Equal(["", "", "", ""], new[] { said["original_language"], said["original_text"], said["status"], said["status_note"] });
        Assert.Equal("AZ;IR", said["countries"]);
        Assert.Equal($"https://example.org/briefings/a/#{said["id"]}", said["briefing_url"]);
        Assert.Equal("'" + Title, said["briefing_title"]);
        Assert.Equal("2025-06-15", said["briefing_date"]);
        Assert.Equal(["'+Source, with \"quotes\"", "https://example.com/s?a=1,2", "2025-06"], new[] { said["source_name"], said["source_url"], said["source_date"] });
        Assert.Equal("", said["other_briefing_urls"]);

        var disputed = rows.Single(r => r["speaker"] == "abbas-araghchi");
        Assert.Equal(["2025-06-15", "day", "IR", "Plain words", ""], new[] { disputed["date"], disputed["precision"], disputed["speaker_country"], disputed["text"], disputed["context"] });
        Assert.Equal(["fa", "کلمات ساده", "disputed", "'-The source withdrew it"],
            new[] { disputed["original_language"], disputed["original_text"], disputed["status"], disputed["status_note"] });
        Assert.Equal(["", "", ""], new[] { disputed["source_name"], disputed["source_url"], disputed["source_date"] });
    }

    [Fact]
    public void Rows_end_in_CRLF_and_only_cells_that_need_it_are_quoted()
    {
        var site = TestSite.Build(Site).Clean();
        var text = site.Page("data/quotes.csv");
        Assert.StartsWith(string.Join(',', QuoteColumns) + "\r\n", text, StringComparison.Ordinal);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        // Three records, each ended by CRLF; the line break inside a quote stays a bare LF inside its quoted cell.
        Assert.Equal(3, text.Split("\r\n").Length - 1);
        Assert.Contains(",\"'=1+1, he said \"\"twice\"\"\nand then\tagain\",", text, StringComparison.Ordinal);
        Assert.Contains(",Plain words,", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_country_has_its_own_files_with_only_its_events_and_quotes()
    {
        var site = TestSite.Build(Site).Clean();
        var turkiye = DataReader.CsvRecords(site, "data/countries/turkiye/events.csv", EventColumns);
        Assert.Equal(["e-2025-06-sum-a1-a9-meeting"], turkiye.Select(r => r["id"]));
        Assert.Empty(DataReader.CsvRecords(site, "data/countries/turkiye/quotes.csv", QuoteColumns));
        var iran = DataReader.CsvRecords(site, "data/countries/iran/events.csv", EventColumns);
        Assert.Equal(["e-2025-06-14-1-2-talks-quoted-with-a-comma"], iran.Select(r => r["id"]));
        Assert.Equal(2, DataReader.CsvRecords(site, "data/countries/iran/quotes.csv", QuoteColumns).Count);
        Assert.Equal(
            ["data/countries/azerbaijan/", "data/countries/iran/", "data/countries/turkiye/"],
            site.Paths.Where(p => p.StartsWith("data/countries/", StringComparison.Ordinal) && p.EndsWith("/events.csv", StringComparison.Ordinal))
                .Select(p => p[..^"events.csv".Length]).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("=cmd", "'=cmd")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@x", "'@x")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "\"'\rx\"")]
    [InlineData("a=b", "a=b")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("", "")]
    public void A_cell_is_neutralised_then_quoted(string value, string cell) =>
        Assert.Equal(cell, Briefing.OpenData.CsvWriter.Cell(value));
}
