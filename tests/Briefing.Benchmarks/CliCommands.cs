using System.Diagnostics;

namespace Briefing.Benchmarks;

/// <summary>Asks the published CLI which commands it has, so the benchmark runs on branches that do not have them all yet.</summary>
public static class CliCommands
{
    /// <summary>
    /// Whether <c>CLI <paramref name="command"/> --help</c> exits 0 with the command's own usage line: for an unknown
    /// command it prints the top-level help, also with exit code 0.
    /// </summary>
    public static bool Has(string cli, string command)
    {
        var start = new ProcessStartInfo(cli) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])[command, "--help"]) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new BenchmarkFailureException($"could not start {cli}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        _ = error.Result;
        return process.ExitCode == 0 && output.Result.Contains($"briefing {command} ", StringComparison.Ordinal);
    }
}
