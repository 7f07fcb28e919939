using System.Diagnostics;
using System.Globalization;

namespace Briefing.Benchmarks;

/// <summary>
/// Makes the same edits on every running server's corpus copy, edit by edit and server by server (the first server
/// changes from edit to edit, so drift hits all alike), and times each from just before the file is written until
/// the briefing's page and its first country's page both contain the edit's marker. Before each edit both pages are
/// fetched once (a browser showing them; Hugo's fast render re-renders only pages visited) and every server is left
/// to go idle, so no measurement shares the cores with another server's work.
/// </summary>
public static class ServeEdits
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(5);
    private static readonly TimeSpan QuietAfterEdit = TimeSpan.FromMilliseconds(300);
    private static readonly TimeSpan QuietWindow = TimeSpan.FromMilliseconds(300);
    private static readonly TimeSpan QuietCpu = TimeSpan.FromMilliseconds(30);

    /// <summary>Per server, in the order given: the milliseconds of its title edits and of its countries-or-date edits (null: timed out).</summary>
    public static IReadOnlyList<(List<double?> Title, List<double?> Structure)> Run(IReadOnlyList<ServerProcess> servers, IReadOnlyList<EditTarget> targets,
        TimeSpan timeout, string label, TextWriter log)
    {
        var measured = servers.Select(_ => (Title: new List<double?>(), Structure: new List<double?>())).ToList();
        using var poller = new PagePoller(PollInterval);
        for (var edit = 0; edit < targets.Count; edit++)
        {
            var kind = EditPlanner.KindOf(edit);
            for (var k = 0; k < servers.Count; k++)
            {
                var index = (edit + k) % servers.Count;
                var server = servers[index];
                var path = server.Command.FileOf(targets[edit]);
                var marker = EditPlanner.Marker(edit, index);
                var plan = EditPlanner.Plan(File.ReadAllText(path), kind, edit, marker);
                Uri[] pages = [server.Url(targets[edit].PagePath), server.Url(server.Command.CountryPath(plan.FirstCountry))];
                foreach (var page in pages)
                {
                    if (poller.Get(page).Contains(marker, StringComparison.Ordinal))
                        throw new BenchmarkFailureException($"{page} shows {marker} before the edit that writes it");
                }

                foreach (var other in servers)
                {
                    if (!other.WaitForQuiet(QuietWindow, QuietCpu, timeout))
                        log.WriteLine($"{label}: {other.Command.Name} did not go idle within {timeout.TotalSeconds:F0} s; editing anyway");
                }

                var rebuilds = server.Rebuilds;
                var clock = Stopwatch.StartNew();
                TextFile.Write(path, plan.Text);
                var ms = poller.WaitFor(pages, marker, clock, timeout);
                // Its rebuild finished, so the next server's edit does not run beside it.
                if (!server.WaitForRebuild(rebuilds, timeout))
                    log.WriteLine($"{label}: {server.Command.Name} printed no end of a rebuild within {timeout.TotalSeconds:F0} s");

                (kind == EditKind.Title ? measured[index].Title : measured[index].Structure).Add(ms);
                log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{label} edit {edit + 1}/{targets.Count} ({kind}, {targets[edit].Slug}) {server.Command.Name}: {(ms is { } m ? $"{m:F0} ms" : $"not served within {timeout.TotalSeconds:F0} s")}"));
            }

            Thread.Sleep(QuietAfterEdit);
        }

        return measured;
    }
}
