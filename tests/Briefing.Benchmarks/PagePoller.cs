using System.Diagnostics;
using System.Net;

namespace Briefing.Benchmarks;

/// <summary>
/// Asks a server for pages over loopback HTTP, as a browser reloading them would: one kept-alive connection, no proxy
/// (a proxy set in the environment must not sit between the benchmark and loopback), no cache.
/// </summary>
public sealed class PagePoller(TimeSpan interval) : IDisposable
{
    private readonly HttpClient _client = new(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false })
    {
        Timeout = TimeSpan.FromSeconds(10),
    };

    /// <summary>The page's text; fails when the server does not answer 200 (a wrong URL scheme shows at the first edit).</summary>
    public string Get(Uri page)
    {
        var (status, text) = Fetch(page);
        return status == HttpStatusCode.OK ? text : throw new BenchmarkFailureException($"GET {page} answered {(int)status} {status}");
    }

    /// <summary>
    /// Polls every page until each contains <paramref name="marker"/>; returns the milliseconds on <paramref name="clock"/>
    /// when the last of them first did, or null when that took longer than <paramref name="timeout"/>.
    /// </summary>
    public double? WaitFor(IReadOnlyList<Uri> pages, string marker, Stopwatch clock, TimeSpan timeout)
    {
        var seen = new double?[pages.Count];
        while (true)
        {
            for (var i = 0; i < pages.Count; i++)
            {
                if (seen[i] is not null) continue;
                try
                {
                    var (status, text) = Fetch(pages[i]);
                    if (status == HttpStatusCode.OK && text.Contains(marker, StringComparison.Ordinal)) seen[i] = clock.Elapsed.TotalMilliseconds;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                {
                    // A server busy rebuilding may drop or stall one request; the next poll asks again, the timeout still holds.
                }
            }

            if (seen.All(s => s is not null)) return seen.Max();
            if (clock.Elapsed > timeout) return null;
            Thread.Sleep(interval);
        }
    }

    /// <summary>Closes the connections.</summary>
    public void Dispose() => _client.Dispose();

    private (HttpStatusCode Status, string Text) Fetch(Uri page)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, page);
        using var response = _client.Send(request);
        using var reader = new StreamReader(response.Content.ReadAsStream());
        return (response.StatusCode, reader.ReadToEnd());
    }
}
