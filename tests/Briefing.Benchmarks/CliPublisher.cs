using System.Diagnostics;

namespace Briefing.Benchmarks;

/// <summary>Publishes <c>src/Briefing.Cli</c> in Release once per benchmark, so every size times the same build.</summary>
public static class CliPublisher
{
    /// <summary>
    /// Runs <c>dotnet publish src/Briefing.Cli -c Release -r RID -p:PublishAot=true -o DIR/cli</c> (a native executable:
    /// no JIT at start-up or while it runs, as a release of the tool would ship) and returns the executable's path.
    /// </summary>
    public static string Publish(string repository, string workFolder, TextWriter log)
    {
        var target = Path.Combine(workFolder, "cli");
        if (Directory.Exists(target)) Directory.Delete(target, recursive: true);
        log.WriteLine($"publishing src/Briefing.Cli (Release, Native AOT) to {target}");

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = repository,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["publish", "src/Briefing.Cli", "-c", "Release", "-r", System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier,
                     "-p:PublishAot=true", "-o", target, "--nologo"])
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new BenchmarkFailureException("could not start dotnet publish");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new BenchmarkFailureException(
                $"dotnet publish src/Briefing.Cli failed (exit code {process.ExitCode}); is src/ mid-edit?\n{output.Result}{error.Result}");
        }

        var executable = Path.Combine(target, "Briefing.Cli");
        return File.Exists(executable) ? executable : throw new BenchmarkFailureException($"dotnet publish wrote no {executable}");
    }
}
