using System.CommandLine;
using Briefing.Building;
using Briefing.Diagnostics;
using Briefing.Graph;
using Briefing.Loading;
using Briefing.Output;

namespace Briefing.Cli;

/// <summary>
/// <c>briefing check</c>: everything <c>build</c> reports (broken links too), with nothing written. The site goes
/// through the same pipeline into a sink that drops each page once the renderer has taken its links.
/// </summary>
public static class CheckCommand
{
    /// <summary>The <c>check</c> command with its options, for the root command; <paramref name="clock"/> gives the build day.</summary>
    public static Command Create(TimeProvider clock)
    {
        var input = new Option<string>("--input") { Description = "Folder with site.yml, briefings/, people/, organisations/, authors/, countries/ and static/.", DefaultValueFactory = _ => "input" };
        var theme = new Option<string?>("--theme") { Description = "Folder with the Scriban layouts, pages, partials and assets (default: theme/ if it exists, else the built-in theme)." };
        var format = new Option<string>("--format")
        {
            Description = "How diagnostics are printed (on standard output): text (path(line,col): error CODE: message), "
                + "github (workflow annotations ::error file=…,line=…,col=…::message), json (one object per line).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "github", "json");
        var strict = new Option<bool>("--strict") { Description = "Treat warnings (such as a broken link) as errors." };
        var asOf = BuildDay.AsOfOption();
        var future = BuildDay.FutureOption();
        var check = new Command("check",
            "Report every problem a build would (broken links included) without writing a site. "
            + "Exit codes: 0 the site would build, 1 the input has errors, 2 wrong usage.")
        {
            input, theme, format, strict, asOf, future,
        };
        check.SetAction(result => Run(result.GetValue(input)!, ThemeFolder.Choose(result.GetValue(theme), Environment.CurrentDirectory), Parse(result.GetValue(format)!),
            result.GetValue(strict), Console.Out, Console.Error, today: BuildDay.Today(result.GetValue(asOf), clock), future: result.GetValue(future)));
        return check;
    }

    /// <summary>
    /// Checks the site (with the theme in <paramref name="themeFolder"/>, or the built-in one when null) and returns the exit code: diagnostics go to <paramref name="output"/> in
    /// <paramref name="format"/>, a summary to <paramref name="error"/>. GitHub and JSON paths are relative to
    /// <paramref name="currentFolder"/> (the process's current folder when null). Briefings dated after
    /// <paramref name="today"/> (null: none is) are checked but left out, as a build leaves them, unless <paramref name="future"/>.
    /// </summary>
    public static int Run(string inputFolder, string? themeFolder, DiagnosticFormat format, bool strict, TextWriter output, TextWriter error, string? currentFolder = null,
        DateOnly? today = null, bool future = false)
    {
        foreach (var (folder, option) in new[] { (inputFolder, "--input"), (themeFolder, "--theme") })
        {
            if (folder is null || Directory.Exists(folder)) continue;
            error.WriteLine($"briefing: {option} folder '{Path.GetFullPath(folder)}' does not exist");
            return ExitCodes.Usage;
        }

        BuildResult result;
        try
        {
            result = SiteBuilder.Build(FolderReader.Read(inputFolder), ThemeSource.Files(themeFolder), new BuildOptions(strict)
            {
                Today = today, Future = future ? FutureBriefings.Published : FutureBriefings.LeftOut, SourcingWarnings = true,
            }, new DiscardingPageSink());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException || e is AggregateException { InnerException: IOException or UnauthorizedAccessException })
        {
            error.WriteLine($"briefing: the input or theme could not be read ({(e is AggregateException a ? a.InnerException! : e).Message})");
            return ExitCodes.InputErrors;
        }

        new DiagnosticPrinter(inputFolder, themeFolder, currentFolder ?? Environment.CurrentDirectory).Write(result.Diagnostics, format, output);
        var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = result.Diagnostics.Count - errors;
        error.WriteLine(errors > 0
            ? $"briefing: {Count(errors, "error")} and {Count(warnings, "warning")}; the site would not build"
            : $"briefing: no errors and {Count(warnings, "warning")}; the site would build {result.FileCount} files");
        return errors > 0 ? ExitCodes.InputErrors : ExitCodes.Built;
    }

    private static DiagnosticFormat Parse(string format) => format switch
    {
        "github" => DiagnosticFormat.GitHub,
        "json" => DiagnosticFormat.Json,
        _ => DiagnosticFormat.Text,
    };

    private static string Count(int n, string what) => $"{n} {what}{(n == 1 ? "" : "s")}";
}
