using System.Text;
using System.Threading.Channels;

namespace Briefing.Cli.Serving;

/// <summary>
/// The open pages listening for rebuilds (Server-Sent Events): each gets the current diagnostics when it connects,
/// then every <c>reload</c> (the URL paths that changed) and <c>errors</c> (the diagnostics of the last rebuild,
/// empty once it builds again) event as it happens.
/// </summary>
public sealed class ReloadHub
{
    private readonly Lock _gate = new();
    private readonly List<Channel<string>> _clients = [];
    private string _errors = Event("errors", "[]");

    /// <summary>How many pages are listening.</summary>
    public int Count
    {
        get { lock (_gate) return _clients.Count; }
    }

    /// <summary>Tells every page which URL paths changed.</summary>
    public void Reload(IReadOnlyList<string> urlPaths) => Send(Event("reload", Json(urlPaths)));

    /// <summary>Tells every page (and every page that connects later) the diagnostics to show; none clears them.</summary>
    public void Errors(IReadOnlyList<string> diagnostics)
    {
        var message = Event("errors", Json(diagnostics));
        lock (_gate) _errors = message;
        Send(message);
    }

    /// <summary>Streams events to one page until it goes away or the server stops.</summary>
    public async Task Stream(Stream body, Func<CancellationToken, Task> flush, CancellationToken stopped)
    {
        var channel = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        lock (_gate)
        {
            _clients.Add(channel);
            channel.Writer.TryWrite(_errors);
        }

        try
        {
            await foreach (var message in channel.Reader.ReadAllAsync(stopped))
            {
                await body.WriteAsync(Encoding.UTF8.GetBytes(message), stopped);
                await flush(stopped);
            }
        }
        catch (OperationCanceledException)
        {
            // the page closed or the server is stopping
        }
        finally
        {
            lock (_gate) _clients.Remove(channel);
        }
    }

    private void Send(string message)
    {
        lock (_gate)
            foreach (var client in _clients) client.Writer.TryWrite(message);
    }

    // One SSE event; the data is one line of JSON, so no line of it can start another field.
    private static string Event(string name, string json) => $"event: {name}\ndata: {json}\n\n";

    private static string Json(IReadOnlyList<string> items)
    {
        using var stream = new MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(stream))
        {
            writer.WriteStartArray();
            foreach (var item in items) writer.WriteStringValue(item);
            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
