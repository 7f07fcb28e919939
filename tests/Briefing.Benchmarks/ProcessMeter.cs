using System.Diagnostics;
using System.Globalization;

namespace Briefing.Benchmarks;

/// <summary>
/// Runs a child under GNU time (<c>/usr/bin/time -f "%M %U %S" -o FILE</c>), which reports the child's maximum
/// resident set size and its user and system CPU time from wait4's rusage. Process reaps its own children, so a P/Invoke wait4 would race it;
/// getrusage(RUSAGE_CHILDREN) only gives the largest child so far. Wall time is a Stopwatch around the process.
/// </summary>
public static class ProcessMeter
{
    /// <summary>GNU time from Debian's <c>time</c> package (the shell's <c>time</c> keyword cannot report memory).</summary>
    public const string GnuTime = "/usr/bin/time";

    /// <summary>Runs <paramref name="program"/> and fails loudly unless it exits 0.</summary>
    public static MeasuredRun Run(string label, string program, IReadOnlyList<string> arguments, string workingFolder)
    {
        if (!File.Exists(GnuTime))
            throw new BenchmarkFailureException($"{GnuTime} is missing: run tests/Briefing.Benchmarks/setup.sh (Debian package 'time')");

        var rssFile = Path.GetTempFileName();
        try
        {
            var start = new ProcessStartInfo(GnuTime)
            {
                WorkingDirectory = workingFolder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in (string[])["-f", "%M %U %S", "-o", rssFile, program, .. arguments]) start.ArgumentList.Add(argument);

            var clock = Stopwatch.StartNew();
            using var process = Process.Start(start) ?? throw new BenchmarkFailureException($"{label}: could not start {program}");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            clock.Stop();

            if (process.ExitCode != 0)
            {
                throw new BenchmarkFailureException(
                    $"{label} exited with code {process.ExitCode}: {program} {string.Join(' ', arguments)}\n" +
                    $"--- stdout ---\n{Tail(output.Result)}\n--- stderr ---\n{Tail(error.Result)}");
            }

            var (peakKiB, cpuSeconds) = ReadUsage(rssFile, label);
            return new MeasuredRun(clock.Elapsed.TotalSeconds, peakKiB / 1024.0, error.Result, cpuSeconds);
        }
        finally
        {
            File.Delete(rssFile);
        }
    }

    // GNU time writes "%M %U %S" (kibibytes, user and system seconds) on the last line (a line before it says so
    // when the child failed).
    private static (long PeakKiB, double CpuSeconds) ReadUsage(string rssFile, string label)
    {
        var last = File.ReadAllLines(rssFile).LastOrDefault(line => line.Length > 0) ?? "";
        var fields = last.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return fields.Length == 3
            && long.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var kib)
            && double.TryParse(fields[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var user)
            && double.TryParse(fields[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var system)
                ? (kib, user + system)
                : throw new BenchmarkFailureException($"{label}: could not read peak memory and CPU time from GNU time's output '{last}'");
    }

    private static string Tail(string text) => text.Length <= 4000 ? text : "…" + text[^4000..];
}
