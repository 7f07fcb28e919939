using System.Diagnostics;

namespace Briefing.Benchmarks;

/// <summary>Finds <c>hugo</c> on PATH and asks its version; the benchmark never installs it (setup.sh does).</summary>
public static class HugoLocator
{
    /// <summary>The full path of the <c>hugo</c> executable on PATH, or null.</summary>
    public static string? Find()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "hugo"))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>The first line of <c>hugo version</c>.</summary>
    public static string Version(string hugo)
    {
        var start = new ProcessStartInfo(hugo, "version") { RedirectStandardOutput = true, UseShellExecute = false };
        using var process = Process.Start(start) ?? throw new BenchmarkFailureException($"could not start {hugo}");
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return text.Split('\n')[0].Trim();
    }

    /// <summary>Whether <c>hugo server --help</c> lists <paramref name="flag"/> (flags come and go between Hugo versions).</summary>
    public static bool ServerHasFlag(string hugo, string flag)
    {
        var start = new ProcessStartInfo(hugo) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])["server", "--help"]) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new BenchmarkFailureException($"could not start {hugo}");
        var error = process.StandardError.ReadToEndAsync();
        var text = process.StandardOutput.ReadToEnd() + error.Result;
        process.WaitForExit();
        return text.Contains(flag + " ", StringComparison.Ordinal);
    }
}
