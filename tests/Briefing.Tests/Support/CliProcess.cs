using System.Diagnostics;

namespace Briefing.Tests.Support;

/// <summary>The built command line run as its own process, as a user runs it.</summary>
public static class CliProcess
{
    /// <summary>Runs <c>Briefing.Cli</c> with <paramref name="args"/> in <paramref name="folder"/>; its exit code and both outputs.</summary>
    public static async Task<(int Code, string Out, string Err)> Run(string folder, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Briefing.Cli.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }
}
