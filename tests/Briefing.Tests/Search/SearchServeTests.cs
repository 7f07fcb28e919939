using System.Text.Json;
using Briefing.Cli;
using Briefing.Loading;
using Briefing.Tests.Support;

namespace Briefing.Tests.Search;

/// <summary><c>briefing serve</c> keeps search working: the index is made in the background and follows edits.</summary>
public sealed class SearchServeTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("briefing-search-serve-").FullName;
    private readonly SharedLog _output = new();
    private readonly SharedLog _error = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(20) };

    public SearchServeTests()
    {
        SearchCache.Use();
        Directory.CreateDirectory(Path.Combine(Input, "briefings"));
        File.WriteAllText(Path.Combine(Input, "site.yml"), "title: Preview Search\nbase_url: https://example.org/news/\n");
        Write("2025-06-15-talks.md", "Foreign ministers hold talks");
    }

    private string Input => Path.Combine(_root, "input");

    public void Dispose()
    {
        _stop.Dispose();
        _http.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    private void Write(string name, string title) =>
        File.WriteAllText(Path.Combine(Input, "briefings", name), $"---\ntitle: {title}\ndate: 2025-06-15\ncountries: [AZ]\n---\nThe ministers met.\n");

    private async Task<int> PageCount(int port, int atLeast)
    {
        for (var i = 0; i < 600; i++)
        {
            var response = await _http.GetAsync($"http://127.0.0.1:{port}/news/pagefind/pagefind-entry.json");
            if (response.IsSuccessStatusCode)
            {
                using var entry = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                var count = entry.RootElement.GetProperty("languages").GetProperty("en").GetProperty("page_count").GetInt32();
                if (count >= atLeast) return count;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"the index never had {atLeast} pages\n{_output}{_error}");
    }

    [Fact]
    public async Task Serve_publishes_the_search_index_updates_it_after_an_edit_and_deletes_its_folder_on_exit()
    {
        var before = Leftovers();
        var serving = Task.Run(() => ServeCommand.Run(Input, () => ThemeSource.Files(null), [], "127.0.0.1", 0, false, _output, _error, _stop.Token, search: true));
        var port = 0;
        for (var waited = 0; port == 0 && waited < 600; waited++)
        {
            if (_output.ToString() is var text && text.IndexOf("serving http://127.0.0.1:", StringComparison.Ordinal) is >= 0 and var at)
                port = int.Parse(text[(at + 25)..].Split('/')[0], System.Globalization.CultureInfo.InvariantCulture);
            if (port == 0) await Task.Delay(50);
        }

        // One briefing and its country.
        Assert.Equal(2, await PageCount(port, 2));
        var search = await _http.GetStringAsync($"http://127.0.0.1:{port}/news/search/");
        Assert.Contains("data-bundle=\"/news/pagefind/\"", search, StringComparison.Ordinal);
        var script = await _http.GetAsync($"http://127.0.0.1:{port}/news/pagefind/pagefind.js");
        Assert.True(script.IsSuccessStatusCode);

        Write("2025-06-16-visit.md", "A visit to Baku");
        Assert.Equal(3, await PageCount(port, 3));

        _stop.Cancel();
        Assert.Equal(0, await serving);
        Assert.DoesNotContain("warning", _error.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, Leftovers());
    }

    private static string[] Leftovers() =>
        Directory.GetDirectories(Path.GetTempPath(), $"briefing-search-index-{Environment.ProcessId}-*").Order(StringComparer.Ordinal).ToArray();
}
