using System.Net;
using System.Text;
using Briefing.Building;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.StaticFiles;

namespace Briefing.Cli.Serving;

/// <summary>
/// Answers the preview's HTTP requests from the live site in memory, as the published site would be answered: under
/// the path of <c>base_url</c>, a folder's <c>index.html</c>, the site's <c>404.html</c> with status 404. Nothing is
/// read from disk, so no request can reach a file outside the site. Requests whose Host header names another site
/// are refused (a page elsewhere must not read the preview through DNS rebinding), and paths that try to climb
/// out (<c>..</c>, encoded or not, backslashes) are answered 400.
/// </summary>
public sealed class SiteRequests(LiveSite site, ReloadHub hub, string host)
{
    /// <summary>Where the reload script is served.</summary>
    public const string ScriptPath = "/__briefing/reload.js";

    /// <summary>Where pages listen for rebuilds.</summary>
    public const string EventsPath = "/__briefing/events";

    private static readonly byte[] Script = ReadScript();
    private static readonly byte[] ScriptTag = Encoding.UTF8.GetBytes($"<script src=\"{ScriptPath}\"></script>\n");
    private readonly FileExtensionContentTypeProvider _types = new();

    /// <summary>Handles one request.</summary>
    public async Task Handle(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        response.Headers["X-Content-Type-Options"] = "nosniff";
        if (!AllowedHost(request.Host, context.Connection.LocalPort))
        {
            await Plain(response, 400, "this preview answers only requests for its own address");
            return;
        }

        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.Headers.Allow = "GET, HEAD";
            await Plain(response, 405, "the preview serves GET and HEAD only");
            return;
        }

        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path.Value ?? "/";
        var path = request.Path.Value ?? "/";
        if (Climbs(raw) || Climbs(path))
        {
            await Plain(response, 400, "bad path");
            return;
        }

        if (path == ScriptPath)
        {
            await Send(context, 200, "text/javascript; charset=utf-8", Script);
            return;
        }

        if (path == EventsPath)
        {
            response.ContentType = "text/event-stream";
            context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
            // Ends when the page goes away or the server stops (else a stop waits for every open tab to time out).
            var stopping = context.RequestServices.GetService(typeof(Microsoft.Extensions.Hosting.IHostApplicationLifetime)) is Microsoft.Extensions.Hosting.IHostApplicationLifetime lifetime
                ? lifetime.ApplicationStopping : CancellationToken.None;
            using var either = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
            await hub.Stream(response.Body, response.Body.FlushAsync, either.Token);
            return;
        }

        // The path of base_url as the site was last built: a site.yml that moves it moves the preview with it.
        var basePath = site.BasePath ?? "/";
        if (!path.StartsWith(basePath, StringComparison.Ordinal))
        {
            // The site is published under the base URL's path; its root leads there.
            if (path == "/" || basePath.StartsWith(path.TrimEnd('/') + "/", StringComparison.Ordinal)) Redirect(response, basePath);
            else await NotFound(context);
            return;
        }

        var relative = path[basePath.Length..];
        var files = site.Files;
        var file = relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
        if (files.TryGetValue(file, out var bytes))
        {
            await Send(context, 200, TypeOf(file), Inject(file, bytes));
            return;
        }

        if (files.ContainsKey(relative + "/index.html"))
        {
            Redirect(response, basePath + relative + "/" + request.QueryString);
            return;
        }

        await NotFound(context);
    }

    /// <summary>The URL path a reader opens for output file <paramref name="file"/> (a folder's index.html is the folder).</summary>
    public static string UrlPath(string basePath, string file) =>
        basePath + (file == "index.html" ? "" : file.EndsWith("/index.html", StringComparison.Ordinal) ? file[..^"index.html".Length] : file);

    private async Task NotFound(HttpContext context)
    {
        if (site.Files.TryGetValue("404.html", out var page)) await Send(context, 404, "text/html; charset=utf-8", Inject("404.html", page));
        else await Send(context, 404, "text/html; charset=utf-8", Inject("404.html", "<!DOCTYPE html>\n<title>Not found</title>\n<p>Not found. The site has not been built yet: see the terminal.</p>\n"u8.ToArray()));
    }

    private bool AllowedHost(HostString header, int port)
    {
        if (!header.HasValue) return false;
        if ((header.Port ?? 80) != port) return false;
        var name = header.Host.Trim('[', ']');
        // An address cannot be rebound by DNS; a name can, so only this machine's own and the one asked for are taken.
        return IPAddress.TryParse(name, out _) || name.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || name.Equals(host.Trim('[', ']'), StringComparison.OrdinalIgnoreCase);
    }

    private static bool Climbs(string path) =>
        path.Contains('\\') || path.Contains('\0') || path.Contains("%5c", StringComparison.OrdinalIgnoreCase)
        || path.Contains("%2e%2e", StringComparison.OrdinalIgnoreCase) || path.Contains(".%2e", StringComparison.OrdinalIgnoreCase)
        || path.Contains("%2e.", StringComparison.OrdinalIgnoreCase) || path.Contains("%00", StringComparison.Ordinal)
        || path.Split('/').Any(segment => segment is ".." or ".");

    private string TypeOf(string file)
    {
        var type = _types.TryGetContentType(file, out var known) ? known : "application/octet-stream";
        return type.StartsWith("text/", StringComparison.Ordinal) || type is "application/javascript" or "application/json" or "application/xml" or "image/svg+xml"
            ? type + "; charset=utf-8" : type;
    }

    // The reload script goes before </body> of an HTML page; the site in memory stays as a build writes it.
    private static byte[] Inject(string file, byte[] bytes)
    {
        if (!file.EndsWith(".html", StringComparison.Ordinal)) return bytes;
        var at = bytes.AsSpan().LastIndexOf("</body>"u8);
        if (at < 0) at = bytes.Length;
        return [.. bytes.AsSpan(0, at), .. ScriptTag, .. bytes.AsSpan(at)];
    }

    private static async Task Send(HttpContext context, int status, string type, byte[] bytes)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = type;
        context.Response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(context.Request.Method)) await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }

    private static Task Plain(HttpResponse response, int status, string text)
    {
        response.StatusCode = status;
        response.ContentType = "text/plain; charset=utf-8";
        return response.WriteAsync(text + "\n");
    }

    private static void Redirect(HttpResponse response, string to)
    {
        response.StatusCode = 302;
        response.Headers.Location = to;
    }

    private static byte[] ReadScript()
    {
        using var stream = typeof(SiteRequests).Assembly.GetManifestResourceStream("Briefing.Cli.Serving.reload.js")!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
