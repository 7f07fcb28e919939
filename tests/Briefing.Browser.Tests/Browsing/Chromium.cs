using System.Diagnostics;

namespace Briefing.Browser.Tests.Browsing;

/// <summary>
/// Debian's Chromium, the only browser these tests drive: Playwright is pointed at it and never downloads one. As
/// root (CI, a fresh machine) it is installed with apt-get the first time it is missing; otherwise the tests fail
/// saying how to install it, rather than skipping and passing.
/// </summary>
public static class Chromium
{
    /// <summary>Where Debian's package puts the browser.</summary>
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly SemaphoreSlim Installing = new(1, 1);

    /// <summary>Returns <see cref="ExecutablePath"/> once the browser is there, installing it first when running as root.</summary>
    public static async Task<string> Require()
    {
        if (File.Exists(ExecutablePath)) return ExecutablePath;
        await Installing.WaitAsync();
        try
        {
            if (File.Exists(ExecutablePath)) return ExecutablePath;
            if (Environment.UserName != "root")
                throw new InvalidOperationException($"the browser tests need Debian's Chromium at {ExecutablePath}: install it with "
                    + "`sudo apt-get install -y chromium` (as root the tests and .ci/run install it themselves)");
            // The package lists may be missing on a fresh machine: update them before the one install.
            var log = await AptGet("update", "-qq") + await AptGet("install", "-y", "-qq", "chromium");
            if (!File.Exists(ExecutablePath)) throw new InvalidOperationException($"apt-get did not install {ExecutablePath}:\n{log}");
            return ExecutablePath;
        }
        finally
        {
            Installing.Release();
        }
    }

    private static async Task<string> AptGet(params string[] args)
    {
        var start = new ProcessStartInfo("apt-get") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var output = await stdout + await stderr;
        if (process.ExitCode != 0) throw new InvalidOperationException($"apt-get {string.Join(' ', args)} failed with exit {process.ExitCode}:\n{output}");
        return output;
    }
}
