using System.Globalization;

namespace Briefing.Benchmarks;

/// <summary>
/// <c>briefing serve</c> against <c>hugo server</c> on one corpus, in copies on a tmpfs: <see cref="ServeSetup.Runs"/>
/// rounds of a full build of each, <c>briefing check</c> when the CLI has it, and a start of every server (timed to its
/// ready line, one after another, each once the one before is idle); the servers of the last round stay up for the
/// edits of <see cref="ServeEdits"/>, and are then stopped with SIGINT.
/// </summary>
public static class ServeBenchmark
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan QuietWindow = TimeSpan.FromMilliseconds(300);
    private static readonly TimeSpan QuietCpu = TimeSpan.FromMilliseconds(30);

    /// <summary>Runs the benchmark; returns its measures and notes for the report (Hugo's flags, how each server stopped, what it wrote to stderr).</summary>
    public static (ServeResult Result, IReadOnlyList<string> Notes) Run(ServeSetup setup, TextWriter log)
    {
        var label = $"[{setup.Briefings} serve]";
        var notes = new List<string>();
        log.WriteLine($"{label} copying the corpus to a tmpfs");
        using var copy = CorpusCopy.Create(setup.Corpus, setup.Hugo is null ? [] : ["hugo", "hugo-fast"]);
        var commands = new List<ServerCommand> { PreviewServers.Ours(setup.Cli, copy.Input, setup.Theme, CountrySlugs.Load(setup.Repository)) };
        if (setup.Hugo is { } hugo)
        {
            // Hugo 0.111 serves from memory by default and has no --renderToMemory; later versions that have it get it.
            // Live reload made Hugo's edits slower (README.md), so it is off: Hugo is timed at its fastest.
            string[] common = ["--disableLiveReload", .. HugoLocator.ServerHasFlag(hugo, "--renderToMemory") ? ["--renderToMemory"] : Array.Empty<string>()];
            commands.Add(PreviewServers.Hugo("hugo", hugo, copy.Hugo("hugo"), ["--disableFastRender", .. common]));
            commands.Add(PreviewServers.Hugo("hugo-fast", hugo, copy.Hugo("hugo-fast"), common));
            notes.Add($"hugo: `hugo server --source COPY --port P --bind 127.0.0.1 --disableFastRender {string.Join(' ', common)}`; " +
                "hugo fast-render: the same without --disableFastRender (Hugo's default mode); both serve from memory");
        }

        var hasCheck = CliCommands.Has(setup.Cli, "check");
        if (!hasCheck) notes.Add("check: not available (`Briefing.Cli check --help` failed)");
        var ourBuilds = new List<double>();
        var hugoBuilds = new List<double>();
        var checks = new List<double>();
        var startUps = commands.Select(_ => new List<double>()).ToList();
        var servers = new List<ServerProcess>();
        try
        {
            for (var run = 1; run <= setup.Runs; run++)
            {
                var round = $"{label} run {run}/{setup.Runs}";
                ourBuilds.Add(Build($"{round} ours build", setup.Cli, output => ["build", "--input", copy.Input, "--theme", setup.Theme, "--output", output], copy, log));
                if (setup.Hugo is { } h)
                    hugoBuilds.Add(Build($"{round} hugo build", h, output => ["--quiet", "--source", copy.Hugo("hugo"), "--destination", output], copy, log));
                if (hasCheck)
                {
                    var check = ProcessMeter.Run($"{round} check", setup.Cli, ["check", "--input", copy.Input, "--theme", setup.Theme], copy.Root);
                    checks.Add(check.Seconds * 1000);
                    log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{round} check: {check.Seconds * 1000:F0} ms"));
                }

                for (var c = 0; c < commands.Count; c++)
                {
                    var server = ServerProcess.Start(commands[c], FreePort.Next(), copy.Root);
                    servers.Add(server);
                    var ms = server.WaitUntilReady(ReadyTimeout);
                    startUps[c].Add(ms);
                    log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{round} {commands[c].Name} start-up: {ms:F0} ms (port {server.Port})"));
                    server.WaitForQuiet(QuietWindow, QuietCpu, ReadyTimeout);
                }

                if (run == setup.Runs) break;
                foreach (var server in servers)
                {
                    log.WriteLine($"{round} {server.Stop(StopGrace)}");
                    server.Dispose();
                }

                servers.Clear();
            }

            var briefings = Path.Combine(copy.Input, "briefings");
            var files = Directory.EnumerateFiles(briefings, "*.md", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(copy.Input, f).Replace(Path.DirectorySeparatorChar, '/'));
            var targets = EditPlanner.Spread(files, 2 * setup.Edits).Select(EditTarget.From).ToList();
            var edits = ServeEdits.Run(servers, targets, setup.EditTimeout, label, log);

            foreach (var server in servers)
            {
                notes.AddRange(server.LastRebuildLines(3).Select(line => $"  {server.Command.Name} rebuild: {line.Trim()}"));
                notes.Add(server.Stop(StopGrace));
                notes.AddRange(server.Errors.Distinct(StringComparer.Ordinal).Take(5).Select(line => $"  {server.Command.Name} stderr: {line}"));
            }

            var measures = commands.Select((command, c) => new ServerMeasures(command.Name, startUps[c], edits[c].Title, edits[c].Structure)).ToList();
            var result = new ServeResult(setup.Briefings, ourBuilds, setup.Hugo is null ? null : hugoBuilds, hasCheck ? checks : null,
                measures[0], measures.ElementAtOrDefault(1), measures.ElementAtOrDefault(2));
            return (result, notes);
        }
        finally
        {
            foreach (var server in servers) server.Dispose();
        }
    }

    // A full build into a fresh folder on the tmpfs, deleted once timed: milliseconds of wall time.
    private static double Build(string label, string program, Func<string, IReadOnlyList<string>> arguments, CorpusCopy copy, TextWriter log)
    {
        var output = Path.Combine(copy.Root, "build-output");
        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        var run = ProcessMeter.Run(label, program, arguments(output), copy.Root);
        var pages = Directory.Exists(output) ? PageCounter.Measure(output).Count : 0;
        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label}: {run.Seconds * 1000:F0} ms, {pages} pages"));
        return run.Seconds * 1000;
    }
}
