using System.Diagnostics;
using Briefing.Building;
using Briefing.Cli.Search;
using Briefing.Diagnostics;
using Briefing.Graph;
using Briefing.Loading;
using Briefing.Output;
using Briefing.Progress;

namespace Briefing.Cli;

/// <summary><c>briefing build</c>: load from disk, build in memory, write all or nothing.</summary>
public static class BuildCommand
{
    /// <summary>
    /// Runs a build and returns the exit code; diagnostics go to <paramref name="error"/>. A null
    /// <paramref name="themeFolder"/> is the embedded default theme (<see cref="ThemeFolder.Choose"/> picks it).
    /// With a <paramref name="terminal"/>, a status line there shows the stage running; <paramref name="quiet"/>
    /// leaves out the closing "wrote N files" line. With <paramref name="search"/>, Pagefind indexes the site before
    /// it is swapped in (installed on first use; when it cannot be had, one warning and a site without search).
    /// Briefings dated after <paramref name="today"/> (null: none is) are left out unless <paramref name="future"/>.
    /// </summary>
    public static int Run(string inputFolder, string? themeFolder, string outputFolder, bool strict, TextWriter output, TextWriter error,
        bool verbose = false, bool quiet = false, TextWriter? terminal = null, bool search = false, DateOnly? today = null, bool future = false)
    {
        var clock = Stopwatch.StartNew();
        var input = Path.GetFullPath(inputFolder);
        var theme = themeFolder is null ? null : Path.GetFullPath(themeFolder);
        var target = Path.GetFullPath(outputFolder);
        foreach (var (folder, option) in new[] { (input, "--input"), (theme, "--theme") })
        {
            if (folder is null || Directory.Exists(folder)) continue;
            error.WriteLine($"briefing: {option} folder '{folder}' does not exist");
            return ExitCodes.Usage;
        }

        if (FolderProblem(input, theme, target) is { } problem)
        {
            error.WriteLine(new Diagnostic(Severity.Error, DiagnosticCodes.BadFolders, SourceLocation.File(outputFolder), problem));
            return ExitCodes.InputErrors;
        }

        // Pagefind first: whether the site will have an index decides whether its pages show a search field.
        var pagefind = search ? FindPagefind(outputFolder, error) : null;
        BuildResult result;
        using var status = terminal is null ? null : new StatusLine(terminal, TimeProvider.System);
        try
        {
            // Pages go straight into a staging folder beside the output; it replaces the output only on success.
            using var staging = new StagingFolder(target);
            status?.Report(new BuildProgress("load", 0, 0));
            var options = new BuildOptions(strict, verbose ? output : null) {
                Progress = status, Search = pagefind is not null, Today = today, Future = future ? FutureBriefings.Published : FutureBriefings.LeftOut,
            };
            result = SiteBuilder.Build(FolderReader.Read(input), ThemeSource.Files(theme), options, staging);
            status?.Clear();
            foreach (var diagnostic in result.Diagnostics) error.WriteLine(diagnostic);
            if (!result.Succeeded)
            {
                var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
                error.WriteLine($"briefing: build failed with {errors} error{(errors == 1 ? "" : "s")}; {outputFolder} was left as it was");
                return ExitCodes.InputErrors;
            }

            if (pagefind is not null && result.Search)
            {
                var indexing = Stopwatch.StartNew();
                status?.Report(new BuildProgress("search index", 0, 0));
                var failure = pagefind.Index(staging.Folder).GetAwaiter().GetResult();
                status?.Clear();
                if (failure is not null)
                {
                    error.WriteLine(new Diagnostic(Severity.Error, DiagnosticCodes.SearchIndexFailed, SourceLocation.File(outputFolder),
                        $"Pagefind could not index the site; {outputFolder} was left as it was. It printed:\n{failure}"));
                    return ExitCodes.InputErrors;
                }

                if (verbose) output.WriteLine($"search   {indexing.ElapsedMilliseconds,6} ms (Pagefind {PagefindTool.Version})");
            }

            var writing = Stopwatch.StartNew();
            // The commit deletes the previous site, which takes a while when it has many thousand files.
            status?.Report(new BuildProgress("write", 0, 0));
            staging.Commit();
            status?.Clear();
            if (verbose)
            {
                output.WriteLine($"commit   {writing.ElapsedMilliseconds,6} ms");
                output.WriteLine($"gc pause {GC.GetTotalPauseDuration().TotalMilliseconds,6:F0} ms ({GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} collections of generation 0/1/2)");
                output.WriteLine($"jit      {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds,6:F0} ms ({System.Runtime.JitInfo.GetCompiledMethodCount()} methods)");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException || e is AggregateException { InnerException: IOException or UnauthorizedAccessException })
        {
            status?.Clear();
            var cause = e is AggregateException a ? a.InnerException! : e;
            error.WriteLine(new Diagnostic(Severity.Error, DiagnosticCodes.OutputFailed, SourceLocation.File(outputFolder),
                $"the site could not be written ({cause.Message}); {outputFolder} was left as it was"));
            return ExitCodes.InputErrors;
        }

        if (!quiet) output.WriteLine($"briefing: wrote {result.FileCount} files to {outputFolder} in {clock.ElapsedMilliseconds} ms");
        return ExitCodes.Built;
    }

    private static PagefindTool? FindPagefind(string outputFolder, TextWriter error)
    {
        var (tool, problem) = PagefindTool.Locate().GetAwaiter().GetResult();
        if (tool is null)
            error.WriteLine(new Diagnostic(Severity.Warning, DiagnosticCodes.SearchUnavailable, SourceLocation.File(outputFolder),
                $"the site is built without search: {problem}. Install Node.js with npm to get search, or build with --no-search"));
        return tool;
    }

    // The output folder is deleted and replaced, so it must never hold or sit inside the input or the theme.
    private static string? FolderProblem(string input, string? theme, string target)
    {
        foreach (var (folder, name) in new[] { (input, "input"), (theme, "theme") })
        {
            if (folder is null) continue;
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
