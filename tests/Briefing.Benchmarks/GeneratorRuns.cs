namespace Briefing.Benchmarks;

/// <summary>Every timed run of one generator on one corpus, the pages they wrote (the same in every run), and the numbers the table shows.</summary>
public sealed record GeneratorRuns(string Name, IReadOnlyList<MeasuredRun> Runs, BuiltPages Built)
{
    /// <summary>The number of pages (<c>*.html</c> files) each run wrote.</summary>
    public int Pages => Built.Count;

    /// <summary>Median wall time in seconds.</summary>
    public double MedianSeconds => Median(Runs.Select(r => r.Seconds));

    /// <summary>Median CPU time (user + system, all threads) in seconds: the work done, whatever the parallelism.</summary>
    public double MedianCpuSeconds => Median(Runs.Select(r => r.CpuSeconds));

    /// <summary>The highest peak resident memory of any run, in MiB.</summary>
    public double PeakRssMiB => Runs.Max(r => r.PeakRssMiB);

    /// <summary>Pages written per second at the median time.</summary>
    public double PagesPerSecond => Pages / MedianSeconds;

    /// <summary>Distinct lines the generator wrote to standard error (warnings), in first-seen order.</summary>
    public IReadOnlyList<string> Warnings => Runs
        .SelectMany(r => r.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        .Distinct(StringComparer.Ordinal)
        .ToList();

    /// <summary>The median; the mean of the middle two for an even count.</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) throw new InvalidOperationException("no values");
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
