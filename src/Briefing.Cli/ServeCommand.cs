using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Briefing.Building;
using Briefing.Cli.Serving;
using Briefing.Diagnostics;
using Briefing.Graph;
using Briefing.Loading;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Briefing.Cli;

/// <summary>
/// <c>briefing serve</c>: builds the site into memory, serves it on loopback, and rebuilds incrementally after every
/// change to the input or theme folder, telling open pages to reload. A failed rebuild keeps the last good site
/// and shows its diagnostics in the terminal and over the page. Nothing is written to disk but the private folder
/// the search index is made in (<see cref="SearchIndexer"/>), deleted on exit.
/// </summary>
public static class ServeCommand
{
    /// <summary>
    /// Serves until <paramref name="stop"/> is cancelled (Ctrl-C); returns the exit code. Briefings dated after
    /// <paramref name="today"/> (the day it started, or <c>--as-of</c>) are shown, each page marked as scheduled.
    /// </summary>
    public static async Task<int> Run(string inputFolder, Func<IReadOnlyList<InputFile>> themeFiles, IReadOnlyList<string> themeFolders, string host, int port,
        bool drafts, TextWriter output, TextWriter error, CancellationToken stop, bool verbose = false, bool search = false, DateOnly? today = null)
    {
        var input = Path.GetFullPath(inputFolder);
        if (!Directory.Exists(input))
        {
            error.WriteLine($"briefing: --input folder '{input}' does not exist");
            return ExitCodes.Usage;
        }

        foreach (var folder in themeFolders.Where(f => !Directory.Exists(f)))
        {
            error.WriteLine($"briefing: --theme folder '{Path.GetFullPath(folder)}' does not exist");
            return ExitCodes.Usage;
        }

        if (!IPAddress.TryParse(host.Trim('[', ']'), out var address) && !host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            error.WriteLine($"briefing: --host '{host}' is not an IP address or localhost");
            return ExitCodes.Usage;
        }

        // Watching starts before the first build, so a save made while it runs is not missed.
        using var watcher = new ChangeWatcher([input, .. themeFolders.Select(Path.GetFullPath)], TimeSpan.FromMilliseconds(20));
        // A preview holds the whole site in memory and rebuilds a little of it at a time: no blocking full collections while it runs.
        System.Runtime.GCSettings.LatencyMode = System.Runtime.GCLatencyMode.SustainedLowLatency;
        var pagefind = search ? await Locate(error, stop) : null;
        var live = new LiveSite(new BuildOptions(Timings: verbose ? output : null) {
            Drafts = drafts, Search = pagefind is not null, Today = today, Future = FutureBriefings.Marked,
        });
        await using var indexer = pagefind is null ? null : new SearchIndexer(live, pagefind, error);
        var hub = new ReloadHub();
        var first = Rebuild(live, hub, input, themeFiles, output, error, indexer);
        var basePath = first.BasePath ?? "/";

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            if (address is null && port == 0) k.Listen(IPAddress.Loopback, 0); // a free port is taken on one address
            else if (address is null) k.ListenLocalhost(port);
            else k.Listen(address, port);
            k.AddServerHeader = false;
        });
        builder.Services.Configure<Microsoft.Extensions.Hosting.HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        await using var app = builder.Build();
        var requests = new SiteRequests(live, hub, host);
        app.Run(requests.Handle);
        try
        {
            await app.StartAsync(stop);
        }
        catch (IOException e)
        {
            error.WriteLine($"briefing: cannot listen on {host}:{port} ({e.Message}); choose another port with --port");
            return ExitCodes.Usage;
        }

        // Ctrl-C cancels `stop`; SIGTERM stops the host: either ends the loop below.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(stop, app.Lifetime.ApplicationStopping);
        var shown = address is null ? "localhost" : address.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString();
        // --port 0 takes a free port: print the one the server got.
        var listening = app.Urls.Select(u => new Uri(u).Port).FirstOrDefault(port);
        output.WriteLine($"serving http://{shown}:{listening}{basePath}");
        output.Flush();

        while (await watcher.WaitForChange(stopping.Token))
        {
            var update = Rebuild(live, hub, input, themeFiles, output, error, indexer);
            if (update.BasePath is { } moved && moved != basePath)
                output.WriteLine($"briefing: base_url now puts the site under {moved}: serving http://{shown}:{listening}{basePath = moved}");
        }

        await app.StopAsync(CancellationToken.None);
        output.WriteLine("briefing: stopped");
        return ExitCodes.Built;
    }

    private sealed record Rebuilt(string? BasePath);

    private static async Task<Search.PagefindTool?> Locate(TextWriter error, CancellationToken stop)
    {
        var (tool, problem) = await Search.PagefindTool.Locate(stop);
        if (tool is null)
            error.WriteLine(new Diagnostic(Severity.Warning, DiagnosticCodes.SearchUnavailable, SourceLocation.File("."),
                $"the preview has no search: {problem}. Install Node.js with npm to get search, or serve with --no-search"));
        return tool;
    }

    // One rebuild from the folders as they are now; its outcome goes to the terminal, to the open pages and to the
    // search indexer.
    private static Rebuilt Rebuild(LiveSite live, ReloadHub hub, string input, Func<IReadOnlyList<InputFile>> themeFiles, TextWriter output, TextWriter error,
        SearchIndexer? indexer)
    {
        var clock = Stopwatch.StartNew();
        LiveUpdate update;
        try
        {
            update = live.Update(FolderReader.Read(input), themeFiles());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A folder deleted or a file vanishing while it is read: report it, keep the last good site, and look again at the next change.
            var diagnostic = new Diagnostic(Severity.Error, DiagnosticCodes.BadFolders, SourceLocation.File("."), $"the input could not be read ({e.Message}); the last good site is still served");
            error.WriteLine(diagnostic);
            hub.Errors([diagnostic.ToString()]);
            return new Rebuilt(null);
        }

        foreach (var d in update.Diagnostics) error.WriteLine(d);
        var basePath = live.BasePath;
        if (!update.Succeeded)
        {
            var errors = update.Diagnostics.Count(d => d.Severity == Severity.Error);
            error.WriteLine($"briefing: rebuild failed with {errors} error{(errors == 1 ? "" : "s")}; the last good site is still served");
            hub.Errors(update.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()).ToList());
            return new Rebuilt(basePath);
        }

        hub.Errors([]);
        indexer?.Changed(update.Changed);
        var prefix = basePath ?? "/";
        if (update.Changed.Count > 0) hub.Reload(update.Changed.Select(f => SiteRequests.UrlPath(prefix, f)).ToList());
        output.WriteLine($"briefing: built in {clock.ElapsedMilliseconds} ms: {update.Parsed} file{(update.Parsed == 1 ? "" : "s")} parsed, "
            + $"{update.Written} written, {update.Changed.Count} changed");
        output.Flush();
        // The link check reads every page: after the pages are served, not before.
        foreach (var d in live.BrokenLinks()) error.WriteLine(d);
        return new Rebuilt(basePath);
    }
}
