using System.Diagnostics;
using Briefing.Checking;
using Briefing.Diagnostics;
using Briefing.Graph;
using Briefing.Loading;
using Briefing.Model;
using Briefing.Output;
using Briefing.Parsing;
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

    /// <summary>Builds, handing each page to <paramref name="sink"/> as it is rendered; on error the sink's pages must be discarded.</summary>
    public static BuildResult Build(IReadOnlyList<InputFile> inputFiles, IReadOnlyList<InputFile> themeFiles, BuildOptions options, IPageSink sink)
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
        var input = SiteInput.From(inputFiles, diagnostics);
        Stage("load");

        // parse
        var settings = input.Settings is null ? null : SiteSettingsParser.Parse(input.Settings, diagnostics);
        var briefings = ParseAll(input.Briefings, BriefingParser.Parse, diagnostics, options);
        var people = ParseAll(input.People, PersonParser.Parse, diagnostics, options);
        var countries = ParseAll(input.Countries, CountryFileParser.Parse, diagnostics, options);
        var theme = Theme.Compile(themeFiles, diagnostics);
        Stage("parse");
        if (settings is null || theme is null) return Finish(diagnostics, options, 0);

        // link
        var graph = SiteGraphBuilder.Build(new ParsedSite(settings, briefings, people, countries), diagnostics, options.Threads);
        Stage("link");
        if (diagnostics.HasErrors || (options.Strict && diagnostics.Sorted().Count > 0)) return Finish(diagnostics, options, 0);

        // render
        var rendered = new SiteRenderer(theme, options.MaxPageBytes, options.FragmentBytes).Render(graph, input.Static, sink, diagnostics, options.Threads);
        Stage("render");
        options.Timings?.WriteLine($"         {rendered.Fragments.Reused} partials reused, {rendered.Fragments.Rendered} rendered and kept ({rendered.Fragments.KeptBytes >> 20} MiB)");
        foreach (var kind in rendered.Kinds)
            options.Timings?.WriteLine($"         {kind.Kind,-10} {kind.Pages,7} {(kind.Pages == 1 ? "page " : "pages")} {kind.Time.TotalMilliseconds,7:F0} ms {(double)kind.Bytes / (1024 * 1024),8:F1} MiB");

        // check
        var report = new BrokenLinkReport(graph, briefings.Where(b => b.Draft).Select(b => b.Path));
        foreach (var broken in report.Diagnostics(LinkChecker.Check(rendered.Pages, rendered.Files, settings.BasePath, options.Threads)))
            diagnostics.Add(broken);
        Stage("check");
        return Finish(diagnostics, options, rendered.Files.Count);
    }

    private static List<T> ParseAll<T>(IReadOnlyList<InputFile> files, Func<SourceFile, DiagnosticBag, T?> parse, DiagnosticBag diagnostics, BuildOptions options)
        where T : class =>
        files.AsParallel().AsOrdered().WithDegreeOfParallelism(options.Threads)
            .Select(f => TextDecoder.Decode(f, diagnostics) is { } source ? parse(source, diagnostics) : null)
            .OfType<T>()
            .ToList();

    private static BuildResult Finish(DiagnosticBag bag, BuildOptions options, int fileCount)
    {
        var diagnostics = bag.Sorted()
            .Select(d => options.Strict && d.Severity == Severity.Warning ? d with { Severity = Severity.Error } : d)
            .ToList();
        return new BuildResult(diagnostics, fileCount, []);
    }
}
