using System.Text.Json;
using Briefing.Tests.Support;

namespace Briefing.Tests.OpenData;

/// <summary>The JSON files validate against the published schema and hold the values as written.</summary>
public sealed class JsonExportTests
{
    private const string Licensed = """
        -- site.yml --
        title: Test Briefings
        base_url: https://example.org/desk/
        data_license:
          name: CC BY 4.0
          url: https://creativecommons.org/licenses/by/4.0/
        """;

    [Fact]
    public void Every_json_file_of_the_site_and_its_countries_matches_the_schema()
    {
        var site = TestSite.Build(CsvExportTests.Site).Clean();
        var files = site.Paths.Where(p => p.StartsWith("data/", StringComparison.Ordinal) && p.EndsWith("s.json", StringComparison.Ordinal)).ToList();
        Assert.Equal(8, files.Count); // events and quotes of the site and of its three countries
        foreach (var path in files)
            DataReader.ValidJson(site, path, path.EndsWith("events.json", StringComparison.Ordinal) ? "events_file" : "quotes_file");
    }

    [Fact]
    public void An_event_holds_its_values_with_null_for_what_is_not_given_and_arrays_for_lists()
    {
        var site = TestSite.Build(CsvExportTests.Site).Clean();
        var file = DataReader.ValidJson(site, "data/events.json", "events_file");
        Assert.Equal("Events · Test Briefings", file.GetProperty("title").GetString());
        Assert.Equal("https://example.org/", file.GetProperty("home_page_url").GetString());
        Assert.Equal(JsonValueKind.Null, file.GetProperty("license").ValueKind);
        Assert.False(file.TryGetProperty("country", out _));
        var events = file.GetProperty("events");
        var month = events[0];
        Assert.Equal("@SUM(A1:A9) meeting", month.GetProperty("title").GetString()); // JSON needs no neutralising
        Assert.Equal("2025-06", month.GetProperty("date").GetString());
        Assert.Equal("month", month.GetProperty("precision").GetString());
        Assert.Equal(JsonValueKind.Null, month.GetProperty("end_date").ValueKind);
        Assert.Equal(JsonValueKind.Null, month.GetProperty("source_name").ValueKind);
        Assert.Equal(["TR"], month.GetProperty("countries").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(0, month.GetProperty("people").GetArrayLength());
        var span = events[1];
        Assert.Equal("2025-06-16", span.GetProperty("end_date").GetString());
        Assert.Equal(["jeyhun-bayramov", "abbas-araghchi"], span.GetProperty("people").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("+Source, with \"quotes\"", span.GetProperty("source_name").GetString());

        var country = DataReader.ValidJson(site, "data/countries/iran/quotes.json", "quotes_file");
        Assert.Equal("IR", country.GetProperty("country").GetString());
        var quote = country.GetProperty("quotes").EnumerateArray().Single(q => q.GetProperty("speaker").GetString() == "abbas-araghchi");
        Assert.Equal("disputed", quote.GetProperty("status").GetString());
        Assert.Equal("fa", quote.GetProperty("original_language").GetString());
        Assert.Equal("=1+1, he said \"twice\"\nand then\tagain",
            country.GetProperty("quotes").EnumerateArray().Single(q => q.GetProperty("speaker").GetString() == "jeyhun-bayramov").GetProperty("text").GetString());
    }

    [Fact]
    public void The_licence_of_site_yml_is_in_every_file_and_on_the_data_page()
    {
        var site = TestSite.Build(Licensed + "\n" + CsvExportTests.Site).Clean();
        var license = DataReader.ValidJson(site, "data/quotes.json", "quotes_file").GetProperty("license");
        Assert.Equal("CC BY 4.0", license.GetProperty("name").GetString());
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/", license.GetProperty("url").GetString());
        Assert.Equal("https://example.org/desk/briefings/a/", DataReader.ValidJson(site, "data/events.json", "events_file")
            .GetProperty("events")[0].GetProperty("briefing_url").GetString()!.Split('#')[0]);
        var page = site.Page("data/index.html");
        Assert.Contains("published under <a href=\"https://creativecommons.org/licenses/by/4.0/\">CC BY 4.0</a>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("No licence is stated", page, StringComparison.Ordinal);
    }

    [Fact]
    public void The_schema_rejects_a_file_that_breaks_it()
    {
        var site = TestSite.Build(CsvExportTests.Site).Clean();
        var good = site.Page("data/events.json");
        Assert.True(DataReader.MatchesSchema(site, good));
        Assert.Contains("\"precision\":\"month\"", good, StringComparison.Ordinal); // each change below is made
        Assert.False(DataReader.MatchesSchema(site, good.Replace("\"precision\":\"month\"", "\"precision\":\"week\"", StringComparison.Ordinal)));
        Assert.False(DataReader.MatchesSchema(site, good.Replace("\"date\":\"2025-06\"", "\"date\":\"June 2025\"", StringComparison.Ordinal)));
        Assert.False(DataReader.MatchesSchema(site, good.Replace("\"TR\"", "\"Turkey\"", StringComparison.Ordinal)));
        Assert.False(DataReader.MatchesSchema(site, good.Replace("\"title\":\"@SUM", "\"headline\":\"@SUM", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_data_page_documents_every_column_and_says_when_no_licence_is_stated()
    {
        var site = TestSite.Build(CsvExportTests.Site).Clean();
        var page = site.Page("data/index.html");
        Assert.Contains("No licence is stated for this data", page, StringComparison.Ordinal);
        foreach (var column in Briefing.OpenData.DataTables.Events.Select(c => c.Name).Concat(Briefing.OpenData.DataTables.Quotes.Select(c => c.Name)))
            Assert.Contains($"<th scope=\"row\"><code>{column}</code></th>", page, StringComparison.Ordinal);
        foreach (var path in site.Paths.Where(p => p.StartsWith("data/", StringComparison.Ordinal) && p != "data/index.html"))
            Assert.Contains($"href=\"/{path}\"", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/data/\">Open data</a>", site.Page("index.html"), StringComparison.Ordinal);
    }
}
