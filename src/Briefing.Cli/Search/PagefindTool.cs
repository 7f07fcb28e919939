using System.Runtime.InteropServices;
using System.Text.Json;

namespace Briefing.Cli.Search;

/// <summary>
/// Pagefind, the search indexer run over the written site. The version is pinned by <c>tools/pagefind</c>'s
/// package.json and lockfile, embedded in the CLI so it works away from the repository: on first use they are
/// installed with <c>npm ci</c> into a per-user cache folder named by the version, and Pagefind's own binary for
/// this platform is run from there (no Node.js at run time). <c>BRIEFING_PAGEFIND</c> names a binary to use instead.
/// </summary>
public sealed class PagefindTool
{
    /// <summary>Environment variable naming a Pagefind binary to run instead of the pinned install.</summary>
    public const string BinaryVariable = "BRIEFING_PAGEFIND";

    /// <summary>Environment variable naming briefing's cache folder (default <c>$XDG_CACHE_HOME/briefing</c> or <c>~/.cache/briefing</c>).</summary>
    public const string CacheVariable = "BRIEFING_CACHE";

    private const string Nice = "/usr/bin/nice";

    private const string ResourcePrefix = "Briefing.Cli.Search.pagefind.";

    private PagefindTool(string binary) => Binary = binary;

    /// <summary>The binary that is run.</summary>
    public string Binary { get; }

    /// <summary>The pinned Pagefind version (from the embedded package.json).</summary>
    public static string Version { get; } = ReadVersion();

    /// <summary>
    /// The override binary, the cached install, or a fresh install when npm is on the PATH; null with the reason
    /// (<paramref name="problem"/>) when none of them can be had, so the caller builds without search.
    /// </summary>
    public static async Task<(PagefindTool? Tool, string? Problem)> Locate(CancellationToken stop = default)
    {
        if (Environment.GetEnvironmentVariable(BinaryVariable) is { Length: > 0 } own)
            return File.Exists(own) ? (new PagefindTool(Path.GetFullPath(own)), null) : (null, $"{BinaryVariable} names {own}, which does not exist");
        if (Platform() is not { } platform) return (null, $"Pagefind {Version} has no binary for {RuntimeInformation.RuntimeIdentifier}");
        var folder = Path.Combine(CacheFolder(), $"pagefind-{Version}");
        var binary = BinaryIn(folder, platform);
        if (File.Exists(binary)) return (new PagefindTool(binary), null);
        if (FindOnPath(OperatingSystem.IsWindows() ? "npm.cmd" : "npm") is not { } npm)
            return (null, $"Pagefind {Version} is not installed and npm, which installs it, is not on the PATH");

        // Installed beside the final folder and renamed into place, so a build running at the same time (tests run
        // in parallel) never sees half an install; whichever rename comes second finds the folder there and uses it.
        Directory.CreateDirectory(Path.GetDirectoryName(folder)!);
        var temporary = $"{folder}.installing-{Environment.ProcessId}-{Guid.NewGuid():N}";
        try
        {
            Directory.CreateDirectory(temporary);
            foreach (var name in new[] { "package.json", "package-lock.json" })
                await File.WriteAllBytesAsync(Path.Combine(temporary, name), Resource(name), stop);
            var (code, output) = await ToolProcess.Run(npm, ["ci", "--ignore-scripts", "--no-audit", "--no-fund"], temporary, stop);
            if (code != 0) return (null, $"npm could not install Pagefind {Version} into {folder} ({LastLine(output)})");
            if (!File.Exists(BinaryIn(temporary, platform))) return (null, $"npm installed no Pagefind {Version} binary for {platform}");
            try
            {
                Directory.Move(temporary, folder);
            }
            catch (IOException) when (File.Exists(binary))
            {
                // Another build installed it first.
            }

            return (new PagefindTool(binary), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"Pagefind {Version} could not be installed into {folder} ({e.Message})");
        }
        finally
        {
            if (Directory.Exists(temporary)) Directory.Delete(temporary, recursive: true);
        }
    }

    /// <summary>
    /// Indexes the site in <paramref name="site"/>; the bundle goes to <paramref name="bundle"/> (default: the site's
    /// <c>pagefind/</c>). Returns null on success, else what Pagefind printed. <paramref name="background"/> runs it at a low priority.
    /// </summary>
    public async Task<string?> Index(string site, string? bundle = null, CancellationToken stop = default, bool background = false)
    {
        List<string> arguments = ["--site", site, "--quiet"];
        if (bundle is not null) arguments.AddRange(["--output-path", bundle]);
        // In the background (the preview's index after each save) Pagefind runs under nice, so the next rebuild, which
        // the author waits for, has the processors first; nice sets the priority before Pagefind starts its threads.
        var (file, nice) = background && File.Exists(Nice) ? (Nice, true) : (Binary, false);
        if (nice) arguments.InsertRange(0, ["-n", "10", Binary]);
        // Run in the site folder: Pagefind reads a pagefind.yml from its working directory, and the user's is not this site's.
        var (code, output) = await ToolProcess.Run(file, arguments, site, stop);
        return code == 0 ? null : (output.Trim() is { Length: > 0 } text ? text : $"{Binary} exited with code {code}");
    }

    private static string BinaryIn(string folder, string platform) =>
        Path.Combine(folder, "node_modules", "@pagefind", platform, "bin", OperatingSystem.IsWindows() ? "pagefind_extended.exe" : "pagefind_extended");

    // The platform packages the pinned lockfile lists (@pagefind/<os>-<cpu>).
    private static string? Platform()
    {
        var os = OperatingSystem.IsLinux() ? "linux" : OperatingSystem.IsMacOS() ? "darwin" : OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsFreeBSD() ? "freebsd" : null;
        var cpu = RuntimeInformation.ProcessArchitecture switch { Architecture.X64 => "x64", Architecture.Arm64 => "arm64", _ => null };
        var name = $"{os}-{cpu}";
        return os is null || cpu is null || name == "freebsd-arm64" ? null : name;
    }

    private static string CacheFolder()
    {
        if (Environment.GetEnvironmentVariable(CacheVariable) is { Length: > 0 } own) return Path.GetFullPath(own);
        if (OperatingSystem.IsWindows()) return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "briefing");
        if (Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg && Path.IsPathRooted(xdg)) return Path.Combine(xdg, "briefing");
        return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "briefing");
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name)).FirstOrDefault(File.Exists);

    private static string LastLine(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "no output";

    private static byte[] Resource(string name)
    {
        using var stream = typeof(PagefindTool).Assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"the CLI was built without tools/pagefind/{name}");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    private static string ReadVersion()
    {
        using var json = JsonDocument.Parse(Resource("package.json"));
        return json.RootElement.GetProperty("dependencies").GetProperty("pagefind").GetString()!;
    }
}
