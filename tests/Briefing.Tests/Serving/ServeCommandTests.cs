using System.Net;
using System.Net.Sockets;
using System.Text;
using Briefing.Cli;
using Briefing.Loading;
using Briefing.Tests.Support;

namespace Briefing.Tests.Serving;

/// <summary>
/// <c>briefing serve</c> as a browser meets it: over HTTP on loopback, from a folder on disk that the test edits as
/// an author would, with the server's own Host and path rules.
/// </summary>
public sealed class ServeCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("briefing-serve-").FullName;
    private readonly SharedLog _output = new();
    private readonly SharedLog _error = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(20) };

    private string Input => Path.Combine(_root, "input");

    private string Briefing => Path.Combine(Input, "briefings", "2025-06-15-talks.md");

    public ServeCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(Input, "briefings"));
        File.WriteAllText(Path.Combine(Input, "site.yml"), "title: Preview Test\nbase_url: https://example.org/news/\n");
        WriteBriefing("Foreign ministers hold talks");
    }

    private void WriteBriefing(string title) =>
        File.WriteAllText(Briefing, $"---\ntitle: {title}\ndate: 2025-06-15\ncountries: [AZ]\n---\nThe ministers met.\n");

    // Starts the server on a free port and returns its port and the task that ends when it stops.
    private async Task<(int Port, Task<int> Serving)> Start(DateOnly? today = null)
    {
        var serving = Task.Run(() => ServeCommand.Run(Input, () => ThemeSource.Files(null), [], "127.0.0.1", 0, false, _output, _error, _stop.Token, today: today));
        for (var waited = 0; waited < 600; waited++)
        {
            var text = _output.ToString();
            var at = text.IndexOf("serving http://127.0.0.1:", StringComparison.Ordinal);
            if (at >= 0) return (int.Parse(text[(at + 25)..].Split('/')[0], System.Globalization.CultureInfo.InvariantCulture), serving);

            if (serving.IsCompleted) Assert.Fail($"serve ended: {serving.Result}\n{_error}");
            await Task.Delay(50);
        }

        throw new TimeoutException("serve did not say it was serving:\n" + _output + _error);
    }

    private async Task<string> WaitForPage(int port, string path, string text)
    {
        for (var i = 0; i < 200; i++)
        {
            var response = await _http.GetAsync($"http://127.0.0.1:{port}{path}");
            var page = await response.Content.ReadAsStringAsync();
            if (page.Contains(text, StringComparison.Ordinal)) return page;
            await Task.Delay(50);
        }

        throw new TimeoutException($"{path} never showed '{text}'\n{_output}{_error}");
    }

    // Sends one request exactly as written (HttpClient would tidy the path), returning the status line.
    private static async Task<string> RawStatus(int port, string target, string host)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.ASCII);
        return await reader.ReadLineAsync() ?? "";
    }

    [Fact]
    public async Task Serves_the_site_under_its_base_path_with_the_reload_script_and_its_404_page()
    {
        var (port, serving) = await Start();

        var home = await _http.GetAsync($"http://127.0.0.1:{port}/news/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal("text/html; charset=utf-8", home.Content.Headers.ContentType!.ToString());
        Assert.Contains("<script src=\"/__briefing/reload.js\"></script>\n</body>", await home.Content.ReadAsStringAsync());
        Assert.Equal("text/css; charset=utf-8", (await _http.GetAsync($"http://127.0.0.1:{port}/news/assets/style.css")).Content.Headers.ContentType!.ToString());
        Assert.Equal("/news/", (await _http.GetAsync($"http://127.0.0.1:{port}/")).Headers.Location!.ToString());
        Assert.Equal("/news/briefings/", (await _http.GetAsync($"http://127.0.0.1:{port}/news/briefings")).Headers.Location!.ToString());

        var missing = await _http.GetAsync($"http://127.0.0.1:{port}/news/no-such-page/");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Page not found", await missing.Content.ReadAsStringAsync());
        Assert.Contains("new EventSource(\"/__briefing/events\")", await (await _http.GetAsync($"http://127.0.0.1:{port}/__briefing/reload.js")).Content.ReadAsStringAsync());

        _stop.Cancel();
        Assert.Equal(0, await serving.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Serves_a_briefing_dated_after_the_build_day_marked_as_scheduled()
    {
        var (port, serving) = await Start(new DateOnly(2025, 6, 14));
        var page = await WaitForPage(port, "/news/briefings/talks/", "Foreign ministers hold talks");
        Assert.Contains("<p class=\"scheduled\" role=\"note\">Scheduled for <time datetime=\"2025-06-15\">15 June 2025</time>", page);
        Assert.Contains("Foreign ministers hold talks", await _http.GetStringAsync($"http://127.0.0.1:{port}/news/"));

        _stop.Cancel();
        Assert.Equal(0, await serving.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Theory]
    [InlineData("/news/../../etc/passwd", "HTTP/1.1 400")]
    [InlineData("/news/%2e%2e/%2e%2e/etc/passwd", "HTTP/1.1 400")]
    [InlineData("/news/..%5c..%5cetc%5cpasswd", "HTTP/1.1 400")]
    [InlineData("/news/%2E%2E/site.yml", "HTTP/1.1 400")]
    [InlineData("/etc/passwd", "HTTP/1.1 404")]
    public async Task Paths_that_climb_out_of_the_site_are_refused(string target, string status)
    {
        var (port, _) = await Start();
        Assert.StartsWith(status, await RawStatus(port, target, $"127.0.0.1:{port}"));
        _stop.Cancel();
    }

    [Theory]
    [InlineData("evil.example:{0}", "HTTP/1.1 400")]
    [InlineData("127.0.0.1.nip.io:{0}", "HTTP/1.1 400")]
    [InlineData("localhost:{0}", "HTTP/1.1 200")]
    [InlineData("127.0.0.1:{0}", "HTTP/1.1 200")]
    [InlineData("127.0.0.1:1", "HTTP/1.1 400")]
    public async Task Only_requests_for_the_servers_own_address_are_answered(string host, string status)
    {
        var (port, _) = await Start();
        Assert.StartsWith(status, await RawStatus(port, "/news/", string.Format(System.Globalization.CultureInfo.InvariantCulture, host, port)));
        _stop.Cancel();
    }

    [Fact]
    public async Task A_save_is_served_a_broken_save_keeps_the_last_good_page_and_tells_open_pages_and_the_fix_recovers()
    {
        var (port, serving) = await Start();
        await WaitForPage(port, "/news/briefings/talks/", "Foreign ministers hold talks");

        using var events = await _http.GetStreamAsync($"http://127.0.0.1:{port}/__briefing/events");
        using var reader = new StreamReader(events);
        async Task<string> NextEvent()
        {
            var text = new StringBuilder();
            while (await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(20)) is { } line && line.Length > 0) text.Append(line).Append('\n');
            return text.ToString();
        }

        Assert.Equal("event: errors\ndata: []\n", await NextEvent());

        // Written through a temporary file renamed over the old one, as many editors save.
        var temporary = Briefing + ".tmp~";
        File.WriteAllText(temporary, "---\ntitle: Talks continue\ndate: 2025-06-15\ncountries: [AZ]\n---\nThe ministers met again.\n");
        File.Move(temporary, Briefing, overwrite: true);
        await WaitForPage(port, "/news/briefings/talks/", "Talks continue");
        // A good rebuild clears any overlay, then names the pages that changed.
        Assert.Equal("event: errors\ndata: []\n", await NextEvent());
        var reload = await NextEvent();
        Assert.StartsWith("event: reload\ndata: [", reload);
        Assert.Contains("\"/news/briefings/talks/\"", reload);

        File.WriteAllText(Briefing, "---\ntitle: [Talks\ndate: 2025-06-15\n---\n");
        var errors = await NextEvent();
        Assert.StartsWith("event: errors\ndata: [\"briefings/2025-06-15-talks.md(2,8): error BRF004:", errors);
        Assert.Contains("Talks continue", await _http.GetStringAsync($"http://127.0.0.1:{port}/news/briefings/talks/"));

        WriteBriefing("Talks resume");
        await WaitForPage(port, "/news/briefings/talks/", "Talks resume");
        _stop.Cancel();
        Assert.Equal(0, await serving.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Contains("briefing: stopped", _output.ToString());
    }

    [Fact]
    public async Task A_base_url_moved_in_site_yml_moves_the_preview_with_it()
    {
        var (port, _) = await Start();
        await WaitForPage(port, "/news/briefings/talks/", "Foreign ministers hold talks");
        File.WriteAllText(Path.Combine(Input, "site.yml"), "title: Preview Test\nbase_url: https://example.org/briefs/\n");
        await WaitForPage(port, "/briefs/briefings/talks/", "href=\"/briefs/countries/azerbaijan/\"");
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync($"http://127.0.0.1:{port}/news/briefings/talks/")).StatusCode);
        _stop.Cancel();
    }

    [Fact]
    public async Task A_deleted_input_folder_keeps_the_last_good_site_and_its_return_is_built()
    {
        var (port, _) = await Start();
        await WaitForPage(port, "/news/briefings/talks/", "Foreign ministers hold talks");
        var saved = Path.Combine(_root, "saved");
        Directory.Move(Input, saved);
        await Task.Delay(500);
        Assert.Contains("Foreign ministers hold talks", await _http.GetStringAsync($"http://127.0.0.1:{port}/news/briefings/talks/"));

        Directory.Move(saved, Input);
        WriteBriefing("Back again");
        await WaitForPage(port, "/news/briefings/talks/", "Back again");
        _stop.Cancel();
    }

    public void Dispose()
    {
        _stop.Cancel();
        _http.Dispose();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // a watcher still closing; the temp folder is the system's to clean
        }
    }
}
