using System.Diagnostics;

namespace Briefing.Tests.Support;

/// <summary>The built command line run as its own process, as a user runs it.</summary>
public static class CliProcess
{
    /// <summary>Runs <c>Briefing.Cli</c> with <paramref name="args"/> in <paramref name="folder"/>; its exit code and both outputs.</summary>
    public static Task<(int Code, string Out, string Err)> Run(string folder, params string[] args) => Run(folder, new Dictionary<string, string?>(), args);

    /// <summary>Runs <c>Briefing.Cli</c> as above with <paramref name="environment"/> set (a null value removes a variable).</summary>
    public static async Task<(int Code, string Out, string Err)> Run(string folder, IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        // The host by its full path: a test may give the process a PATH without it.
        var dotnet = Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet";
        var start = new ProcessStartInfo(dotnet) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
        foreach (var (name, value) in environment) start.Environment[name] = value;
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Briefing.Cli.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }
}
