using System.Globalization;

namespace Briefing.Benchmarks;

/// <summary>One corpus size to time: its label, its corpus, and the generators to run on it.</summary>
public sealed record SizeCommands(string Name, CorpusFolders Corpus, IReadOnlyList<GeneratorCommand> Commands);

/// <summary>
/// Times the generators on every corpus size, run 1 of everything, then run 2 of everything, and so on: generator
/// after generator and size after size, so drift (thermal, page cache, other load) hits both generators and every
/// size alike. Both the ratio to Hugo and the ratio of one size to another compare runs made in the same minutes.
/// Each run writes into a fresh folder, whose pages are counted and sized before it is deleted; every run of a
/// generator on a size must write the same pages, as a deterministic build does.
/// </summary>
public static class SizeBenchmark
{
    /// <summary>Runs each size's commands <paramref name="runs"/> times and returns, per size, the runs of each command in the order given.</summary>
    public static IReadOnlyList<IReadOnlyList<GeneratorRuns>> Run(IReadOnlyList<SizeCommands> sizes, int runs, string workingFolder, string? outputFolder,
        TextWriter log)
    {
        var measured = sizes.Select(s => s.Commands.Select(_ => new List<MeasuredRun>()).ToList()).ToList();
        var pages = sizes.Select(s => new BuiltPages[s.Commands.Count]).ToList();
        for (var run = 1; run <= runs; run++)
        {
            for (var s = 0; s < sizes.Count; s++)
            {
                var (name, corpus, commands) = sizes[s];
                for (var c = 0; c < commands.Count; c++)
                {
                    var command = commands[c];
                    var output = Path.Combine(outputFolder ?? corpus.Root, $"out-{name}-{command.Name}-{run}");
                    Directory.CreateDirectory(Path.GetDirectoryName(output)!);
                    if (Directory.Exists(output)) Directory.Delete(output, recursive: true);

                    var label = $"[{name}] {command.Name} run {run}/{runs}";
                    var result = ProcessMeter.Run(label, command.Program, command.Arguments(output), workingFolder);
                    var built = Directory.Exists(output)
                        ? PageCounter.Measure(output)
                        : throw new BenchmarkFailureException($"{label} exited 0 but wrote no {output}");
                    if (run > 1 && built != pages[s][c])
                        throw new BenchmarkFailureException($"{label} wrote {Described(built)}; the run before it {Described(pages[s][c])}");
                    pages[s][c] = built;
                    measured[s][c].Add(result);
                    Directory.Delete(output, recursive: true);

                    log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"{label}: {result.Seconds:F2} s, peak RSS {result.PeakRssMiB:F0} MiB, {built.Count} pages, largest {ResultTable.Page(built)}"));
                }
            }
        }

        return sizes.Select((size, s) => (IReadOnlyList<GeneratorRuns>)size.Commands
            .Select((command, c) => new GeneratorRuns(command.Name, measured[s][c], pages[s][c])).ToList()).ToList();
    }

    private static string Described(BuiltPages built) => string.Create(CultureInfo.InvariantCulture,
        $"{built.Count} pages of {built.TotalBytes} bytes, the largest {built.LargestPath} of {built.LargestBytes} bytes");
}
