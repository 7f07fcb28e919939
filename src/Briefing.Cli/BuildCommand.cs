using System.Diagnostics;
using Briefing.Building;
using Briefing.Diagnostics;
using Briefing.Loading;
using Briefing.Output;

namespace Briefing.Cli;

/// <summary><c>briefing build</c>: load from disk, build in memory, write all or nothing.</summary>
public static class BuildCommand
{
    /// <summary>Runs a build and returns the exit code; diagnostics go to <paramref name="error"/>.</summary>
    public static int Run(string inputFolder, string themeFolder, string outputFolder, bool strict, TextWriter output, TextWriter error, bool verbose = false)
    {
        var clock = Stopwatch.StartNew();
        var input = Path.GetFullPath(inputFolder);
        var theme = Path.GetFullPath(themeFolder);
        var target = Path.GetFullPath(outputFolder);
        foreach (var (folder, option) in new[] { (input, "--input"), (theme, "--theme") })
        {
            if (Directory.Exists(folder)) continue;
            error.WriteLine($"briefing: {option} folder '{folder}' does not exist");
            return ExitCodes.Usage;
        }

        if (FolderProblem(input, theme, target) is { } problem)
        {
            error.WriteLine(new Diagnostic(Severity.Error, DiagnosticCodes.BadFolders, SourceLocation.File(outputFolder), problem));
            return ExitCodes.InputErrors;
        }

        BuildResult result;
        try
        {
            // Pages go straight into a staging folder beside the output; it replaces the output only on success.
            using var staging = new StagingFolder(target);
            result = SiteBuilder.Build(FolderReader.Read(input), FolderReader.Read(theme), new BuildOptions(strict, verbose ? output : null), staging);
            foreach (var diagnostic in result.Diagnostics) error.WriteLine(diagnostic);
            if (!result.Succeeded)
            {
                var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
                error.WriteLine($"briefing: build failed with {errors} error{(errors == 1 ? "" : "s")}; {outputFolder} was left as it was");
                return ExitCodes.InputErrors;
            }

            var writing = Stopwatch.StartNew();
            staging.Commit();
            if (verbose)
            {
                output.WriteLine($"commit   {writing.ElapsedMilliseconds,6} ms");
                output.WriteLine($"gc pause {GC.GetTotalPauseDuration().TotalMilliseconds,6:F0} ms ({GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} collections of generation 0/1/2)");
                output.WriteLine($"jit      {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds,6:F0} ms ({System.Runtime.JitInfo.GetCompiledMethodCount()} methods)");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException || e is AggregateException { InnerException: IOException or UnauthorizedAccessException })
        {
            var cause = e is AggregateException a ? a.InnerException! : e;
            error.WriteLine(new Diagnostic(Severity.Error, DiagnosticCodes.OutputFailed, SourceLocation.File(outputFolder),
                $"the site could not be written ({cause.Message}); {outputFolder} was left as it was"));
            return ExitCodes.InputErrors;
        }

        output.WriteLine($"briefing: wrote {result.FileCount} files to {outputFolder} in {clock.ElapsedMilliseconds} ms");
        return ExitCodes.Built;
    }

    // The output folder is deleted and replaced, so it must never hold or sit inside the input or the theme.
    private static string? FolderProblem(string input, string theme, string target)
    {
        foreach (var (folder, name) in new[] { (input, "input"), (theme, "theme") })
        {
            if (Same(target, folder) || Inside(target, folder))
                return $"the output folder {target} is inside the {name} folder {folder}; choose an output folder outside it";
            if (Inside(folder, target))
                return $"the output folder {target} contains the {name} folder {folder}, which the build would delete; choose another output folder";
        }

        return null;
    }

    private static bool Same(string a, string b) => string.Equals(Trim(a), Trim(b), StringComparison.Ordinal);

    private static bool Inside(string path, string folder) =>
        Trim(path).StartsWith(Trim(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string Trim(string path) => path.TrimEnd(Path.DirectorySeparatorChar);
}
