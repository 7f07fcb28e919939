using System.Diagnostics;
using Briefing.Checking;
using Briefing.Diagnostics;
using Briefing.Graph;
using Briefing.Loading;
using Briefing.Model;
using Briefing.Output;
using Briefing.Parsing;
using Briefing.Progress;
using Briefing.Rendering;

namespace Briefing.Building;

/// <summary>
/// The whole build in the order it runs: load → parse → link → render (into a sink) → check. Only loading
/// (<see cref="FolderReader"/>, whose files are read as they are parsed) and the sink touch the disk.
/// </summary>
public static class SiteBuilder
{
    /// <summary>Builds in memory: the pages are in the result's <see cref="BuildResult.Files"/> (empty on error).</summary>
    public static BuildResult Build(IReadOnlyList<InputFile> inputFiles, IReadOnlyList<InputFile> themeFiles, BuildOptions options)
    {
        var sink = new MemoryPageSink();
        var result = Build(inputFiles, themeFiles, options, sink);
        return result with { Files = result.Succeeded ? sink.Pages : [] };
    }

    /// <summary>
    /// Builds, handing each page to <paramref name="sink"/> as it is rendered; on error the sink's pages must be
    /// discarded. With <paramref name="state"/> (kept from the last build), only what changed is parsed and only
    /// pages whose bytes can have changed are rendered and handed on; the state then holds this build's pages.
    /// </summary>
    public static BuildResult Build(IReadOnlyList<InputFile> inputFiles, IReadOnlyList<InputFile> themeFiles, BuildOptions options, IPageSink sink,
        BuildState? state = null)
    {
        var diagnostics = new DiagnosticBag();
        var clock = Stopwatch.StartNew();
        var (allocated, paused, cpu) = (GC.GetTotalAllocatedBytes(), GC.GetTotalPauseDuration(), Environment.CpuUsage.TotalTime);
        void Stage(string name)
        {
            var (now, pausedNow, cpuNow) = (GC.GetTotalAllocatedBytes(), GC.GetTotalPauseDuration(), Environment.CpuUsage.TotalTime);
            options.Timings?.WriteLine($"{name,-8} {clock.ElapsedMilliseconds,6} ms {(cpuNow - cpu).TotalMilliseconds,6:F0} ms CPU {(now - allocated) >> 20,7} MiB allocated {GC.GetTotalMemory(false) >> 20,7} MiB heap {(pausedNow - paused).TotalMilliseconds,6:F0} ms GC pause");
            (allocated, paused, cpu) = (now, pausedNow, cpuNow);
            clock.Restart();
        }

        // load
        options.Progress?.Report(new BuildProgress("load", 0, 0));
        var input = SiteInput.From(inputFiles, diagnostics);
        Stage("load");

        // parse, link: in a method of their own, so the files as parsed (every body with the prose positions the
        // link stage reads) are let go once the graph is made, not held while a large site's pages render
        if (ParseAndLink(input, inputFiles, themeFiles, options, state, diagnostics, Stage) is not { } linked) return Finish(diagnostics, options, 0);
        var (theme, graph, unpublished) = linked;

        var search = OptionalPages.Check(theme, graph, options.Search, diagnostics);
        if (diagnostics.HasErrors) return Finish(diagnostics, options, 0);

        // render
        var fragments = state?.Fragments ?? (options.FragmentBytes > 0 ? new FragmentCache(options.FragmentBytes) : null);
        var rendered = new SiteRenderer(theme, options.MaxPageBytes, fragments, search).Render(graph, input.Static, sink, diagnostics, options.Threads, state?.Pages, options.Progress, state?.Parsed.Edited,
            state?.Generated);
        Stage("render");
        options.Timings?.WriteLine($"         {rendered.Fragments.Reused} includes reused, {rendered.Fragments.Rendered} rendered ({rendered.Fragments.KeptBytes >> 20} MiB kept)");
        foreach (var kind in rendered.Kinds)
            options.Timings?.WriteLine($"         {kind.Kind,-10} {kind.Pages,7} {(kind.Pages == 1 ? "page " : "pages")} {kind.Time.TotalMilliseconds,7:F0} ms {(double)kind.Bytes / (1024 * 1024),8:F1} MiB");

        // check
        options.Progress?.Report(new BuildProgress("check", 0, 0));
        var report = new BrokenLinkReport(graph, unpublished);
        if (options.LinkCheck) CheckLinks(rendered.Pages, rendered.Files, graph.Settings.BasePath, options.Threads, report, diagnostics);
        Stage("check");
        var result = Finish(diagnostics, options, rendered.Files.Count) with { Paths = rendered.Files, BasePath = graph.Settings.BasePath, Search = search };
        if (state is not null && result.Succeeded) (state.Pages, state.Generated, state.Links) = (rendered.Records!, rendered.Generated!, report);
        return result;
    }

    // The graph and what the later stages need of the parsed files; null when parsing or linking failed.
    private sealed record LinkedSite(Theme Theme, SiteGraph Graph, IReadOnlyDictionary<string, string> Unpublished);

    private static LinkedSite? ParseAndLink(SiteInput input, IReadOnlyList<InputFile> inputFiles, IReadOnlyList<InputFile> themeFiles, BuildOptions options,
        BuildState? state, DiagnosticBag diagnostics, Action<string> stage)
    {
        // parse
        var parsed = new ProgressCounter(options.Progress, "parse", input.Briefings.Count + input.People.Count + input.Countries.Count + input.Authors.Count + input.Organisations.Count);
        var settings = input.Settings is null ? null : SiteSettingsParser.Parse(input.Settings, diagnostics);
        var briefings = ParseAll(input.Briefings, BriefingParser.Parse, diagnostics, options, state?.Parsed, parsed);
        var people = ParseAll(input.People, PersonParser.Parse, diagnostics, options, state?.Parsed, parsed);
        var countries = ParseAll(input.Countries, CountryFileParser.Parse, diagnostics, options, state?.Parsed, parsed);
        var authors = ParseAll(input.Authors, AuthorParser.Parse, diagnostics, options, state?.Parsed, parsed);
        var organisations = ParseAll(input.Organisations, OrganisationParser.Parse, diagnostics, options, state?.Parsed, parsed);
        state?.Parsed.Retain(inputFiles.Select(f => f.Path).ToHashSet(StringComparer.Ordinal));
        var theme = state is null ? Theme.Compile(themeFiles, diagnostics) : state.Theme(themeFiles, diagnostics);
        if (settings is not null) SourcingCheck.Run(settings.RequireSources, briefings, options.SourcingWarnings, diagnostics);
        stage("parse");
        if (settings is null || theme is null) return null;

        // link
        options.Progress?.Report(new BuildProgress("link", 0, 0));
        var graph = SiteGraphBuilder.Build(new ParsedSite(settings, briefings, people, countries) { Authors = authors, Organisations = organisations }, diagnostics, options.Threads, options.Drafts, options.Strict,
            options.Today, options.Future);
        stage("link");
        if (diagnostics.HasErrors || (options.Strict && diagnostics.Sorted().Count > 0)) return null;
        // The briefings left out (drafts, scheduled), which the link check names when a page links to one.
        var shown = graph.Briefings.Select(b => b.Source.Path).ToHashSet(StringComparer.Ordinal);
        var unpublished = briefings.Where(b => !shown.Contains(b.Path)).ToDictionary(b => b.Path, b => b.Draft ? "the draft" : "the scheduled briefing");
        return new LinkedSite(theme, graph, unpublished);
    }

    /// <summary>The check stage: a warning for every internal link or anchor on <paramref name="pages"/> that leads nowhere.</summary>
    public static void CheckLinks(IReadOnlyList<PageLinks> pages, IReadOnlySet<string> files, string basePath, int threads, BrokenLinkReport report,
        DiagnosticBag diagnostics)
    {
        foreach (var broken in report.Diagnostics(LinkChecker.Check(pages, files, basePath, threads)))
            diagnostics.Add(broken);
    }

    private static List<T> ParseAll<T>(IReadOnlyList<InputFile> files, Func<SourceFile, DiagnosticBag, T?> parse, DiagnosticBag diagnostics, BuildOptions options,
        ParseCache? cache, ProgressCounter parsed)
        where T : class
    {
        T? Parse(InputFile file, DiagnosticBag bag) => TextDecoder.Decode(file, bag) is { } source ? parse(source, bag) : null;
        return files.AsParallel().AsOrdered().WithDegreeOfParallelism(options.Threads)
            .Select(f =>
            {
                var result = cache is null ? Parse(f, diagnostics) : cache.Parse<T>(f, Parse, diagnostics);
                parsed.Step();
                return result;
            })
            .OfType<T>()
            .ToList();
    }

    private static BuildResult Finish(DiagnosticBag bag, BuildOptions options, int fileCount)
    {
        var diagnostics = bag.Sorted()
            .Select(d => options.Strict && d.Severity == Severity.Warning ? d with { Severity = Severity.Error } : d)
            .ToList();
        return new BuildResult(diagnostics, fileCount, []);
    }
}
