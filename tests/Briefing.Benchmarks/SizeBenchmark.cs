using System.Globalization;

namespace Briefing.Benchmarks;

/// <summary>
/// Times the generators on one corpus, alternating them run by run so drift (thermal, page cache, other
/// load) hits both alike. Each run writes into a fresh folder, counted and deleted once measured.
/// </summary>
public static class SizeBenchmark
{
    /// <summary>Runs each command <paramref name="runs"/> times (<paramref name="name"/> labels the progress lines) and returns the runs per command, in the order given.</summary>
    public static IReadOnlyList<GeneratorRuns> Run(string name, CorpusFolders corpus, IReadOnlyList<GeneratorCommand> commands,
        int runs, string workingFolder, string? outputFolder, TextWriter log)
    {
        var measured = commands.Select(_ => new List<MeasuredRun>()).ToList();
        var pages = new int[commands.Count];
        for (var run = 1; run <= runs; run++)
        {
            for (var c = 0; c < commands.Count; c++)
            {
                var command = commands[c];
                var output = Path.Combine(outputFolder ?? corpus.Root, $"out-{name}-{command.Name}-{run}");
                Directory.CreateDirectory(Path.GetDirectoryName(output)!);
                if (Directory.Exists(output)) Directory.Delete(output, recursive: true);

                var label = $"[{name}] {command.Name} run {run}/{runs}";
                var result = ProcessMeter.Run(label, command.Program, command.Arguments(output), workingFolder);
                var count = Directory.Exists(output)
                    ? PageCounter.Count(output)
                    : throw new BenchmarkFailureException($"{label} exited 0 but wrote no {output}");
                if (run > 1 && count != pages[c])
                    throw new BenchmarkFailureException($"{label} wrote {count} pages, the run before it {pages[c]}");
                pages[c] = count;
                measured[c].Add(result);
                Directory.Delete(output, recursive: true);

                log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{label}: {result.Seconds:F2} s, peak RSS {result.PeakRssMiB:F0} MiB, {count} pages"));
            }
        }

        return commands.Select((command, c) => new GeneratorRuns(command.Name, measured[c], pages[c])).ToList();
    }
}
