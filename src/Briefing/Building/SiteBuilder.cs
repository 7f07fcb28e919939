using Briefing.Checking;
using Briefing.Diagnostics;
using Briefing.Graph;
using Briefing.Loading;
using Briefing.Model;
using Briefing.Parsing;
using Briefing.Rendering;

namespace Briefing.Building;

/// <summary>
/// The whole build in the order it runs: parse → link → render → check. Loading and writing, the only stages that
/// touch the disk, sit outside (<see cref="FolderReader"/>, <see cref="Output.SiteWriter"/>), so this is testable in memory.
/// </summary>
public static class SiteBuilder
{
    /// <summary>Builds a site from input files and theme files (paths relative to their folders).</summary>
    public static BuildResult Build(IReadOnlyList<InputFile> inputFiles, IReadOnlyList<InputFile> themeFiles, BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var input = SiteInput.From(inputFiles, diagnostics);

        // parse
        var settings = input.Settings is null ? null : SiteSettingsParser.Parse(input.Settings, diagnostics);
        var briefings = ParseAll(input.Briefings, BriefingParser.Parse, diagnostics);
        var people = ParseAll(input.People, PersonParser.Parse, diagnostics);
        var countries = ParseAll(input.Countries, CountryFileParser.Parse, diagnostics);
        var theme = Theme.Compile(themeFiles, diagnostics);
        if (settings is null || theme is null) return Finish([], diagnostics, options);

        // link
        var graph = SiteGraphBuilder.Build(new ParsedSite(settings, briefings, people, countries), diagnostics);
        if (diagnostics.HasErrors || (options.Strict && diagnostics.Sorted().Count > 0)) return Finish([], diagnostics, options);

        // render
        var files = new SiteRenderer(theme).Render(graph, input.Static, diagnostics);

        // check
        foreach (var broken in LinkChecker.Check(files, settings.BasePath))
        {
            var page = files.First(f => f.Path == broken.Page);
            diagnostics.Warning(DiagnosticCodes.BrokenLink, SourceLocation.File(page.SourcePath ?? "theme"),
                $"link '{broken.Href}' on /{broken.Page} {broken.Problem}");
        }

        return Finish(files, diagnostics, options);
    }

    private static List<T> ParseAll<T>(IReadOnlyList<SourceFile> files, Func<SourceFile, DiagnosticBag, T?> parse, DiagnosticBag diagnostics)
        where T : class =>
        files.AsParallel().AsOrdered().Select(f => parse(f, diagnostics)).OfType<T>().ToList();

    private static BuildResult Finish(IReadOnlyList<RenderedPage> files, DiagnosticBag bag, BuildOptions options)
    {
        var diagnostics = bag.Sorted()
            .Select(d => options.Strict && d.Severity == Severity.Warning ? d with { Severity = Severity.Error } : d)
            .ToList();
        var failed = diagnostics.Any(d => d.Severity == Severity.Error);
        return new BuildResult(failed ? [] : files, diagnostics);
    }
}
