using System.Collections.Concurrent;
using System.Diagnostics;
using Briefing.Checking;
using Briefing.Diagnostics;
using Briefing.Graph;
using Briefing.Loading;
using Briefing.Output;
using Briefing.Progress;
using Scriban.Runtime;

namespace Briefing.Rendering;

/// <summary>The render stage: every page through its template and the layout, plus theme assets and static files.</summary>
public sealed class SiteRenderer(Theme theme, int maxPageBytes, FragmentCache? fragments)
{
    /// <summary>
    /// Renders every page in parallel and hands each to <paramref name="sink"/> as soon as it is made, then the
    /// theme's assets and the static files. Template failures become diagnostics and the page is left out.
    /// With <paramref name="previous"/> (the pages of the last build, for a preview server), a page whose fingerprint
    /// is the one it had then is not rendered or handed on again: its bytes cannot have changed. Returns what the
    /// link check needs (each page's links and ids, and every output path) and each page's record. Pages done are counted to <paramref name="progress"/>.
    /// </summary>
    public RenderSummary Render(SiteGraph graph, IReadOnlyList<InputFile> staticFiles, IPageSink sink, DiagnosticBag diagnostics, int parallelism,
        IReadOnlyDictionary<string, Building.PageRecord>? previous = null, IProgress<BuildProgress>? progress = null)
    {
        var pass = new RenderPass(theme, graph, fragments, maxPageBytes);
        var models = pass.Pages;
        var assets = AssetsOf(theme);
        var files = models.Select(m => m.OutputPath).Concat(assets.Select(a => a.Path)).ToHashSet(StringComparer.Ordinal);
        var statics = StaticFilesThatFit(staticFiles, files, diagnostics);
        files.UnionWith(statics.Select(f => f.Path));
        var known = new KnownTargets(files, graph.Settings.BasePath);

        var links = new ConcurrentBag<PageLinks>();
        var records = previous is null ? null : new ConcurrentDictionary<string, Building.PageRecord>(StringComparer.Ordinal);
        // Pages, time and bytes per kind of page, for --verbose: which template a theme author should look at first.
        var kinds = models.Select(m => m.Kind).Distinct(StringComparer.Ordinal).ToArray();
        var (pages, ticks, sizes) = (new long[kinds.Length], new long[kinds.Length], new long[kinds.Length]);
        var rendered = new ProgressCounter(progress, "render", models.Count);
        var work = models.Select(m => (Model: m, Variables: (ScriptObject?)null, Fingerprint: UInt128.Zero)).ToList();
        if (previous is not null)
        {
            // Incremental: find the pages whose fingerprint changed first, then render them in the order a reader
            // waits for them (the edited briefing and its countries before the site-wide indexes).
            var changed = new ConcurrentBag<(int Order, (PageModel Model, ScriptObject? Variables, UInt128 Fingerprint) Page)>();
            Parallel.For(0, models.Count, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, i =>
            {
                var model = models[i];
                var variables = pass.Variables(model);
                var fingerprint = pass.Fingerprint(model, variables);
                if (previous.TryGetValue(model.OutputPath, out var before) && before.Fingerprint == fingerprint)
                {
                    links.Add(before.Links);
                    records![model.OutputPath] = before;
                    rendered.Step();
                }
                else
                {
                    changed.Add((ReaderOrder(model.Kind) * models.Count + i, (model, variables, fingerprint)));
                }
            });
            work = changed.OrderBy(c => c.Order).Select(c => c.Page).ToList();
        }

        Parallel.ForEach(Partitioner.Create(work, EnumerablePartitionerOptions.NoBuffering), new ParallelOptions { MaxDegreeOfParallelism = parallelism },
            () => new RenderThread(pass),
            (page, _, thread) =>
            {
                var (model, variables, fingerprint) = page;
                var started = Stopwatch.GetTimestamp();
                variables ??= pass.Variables(model);
                long written = 0;
                if (pass.Render(model, variables, thread, diagnostics, out var bytes))
                {
                    // A kept page's links are checked again at later builds, against other files: keep them all.
                    var pageLinks = PageLinks.Extract(model.OutputPath, model.SourcePath, bytes, records is null ? known : null);
                    links.Add(pageLinks);
                    sink.Write(model.OutputPath, bytes, model.SourcePath);
                    if (records is not null) records[model.OutputPath] = new Building.PageRecord(fingerprint, pageLinks);
                    written = bytes.Length;
                }

                var kind = Array.IndexOf(kinds, model.Kind);
                Interlocked.Increment(ref pages[kind]);
                Interlocked.Add(ref ticks[kind], Stopwatch.GetTimestamp() - started);
                Interlocked.Add(ref sizes[kind], written);
                rendered.Step();
                return thread;
            },
            _ => { });
        foreach (var asset in assets) sink.Write(asset.Path, asset.Bytes, null);
        foreach (var file in statics) sink.Write(file.Path, file.Bytes, "static/" + file.Path);

        var byKind = kinds.Select((kind, i) => new PageKindTime(kind, (int)pages[i], Stopwatch.GetElapsedTime(0, ticks[i]), sizes[i]))
            .OrderByDescending(k => k.Time).ThenBy(k => k.Kind, StringComparer.Ordinal).ToList();
        return new RenderSummary(links.OrderBy(l => l.Path, StringComparer.Ordinal).ToList(), files, fragments?.Counts ?? default, byKind,
            records?.ToDictionary(StringComparer.Ordinal));
    }

    // Which changed pages an incremental build renders first: what the author is looking at, then what lists it.
    private static int ReaderOrder(string kind) => kind switch
    {
        "briefing" => 0,
        "person" => 1,
        "country" => 2,
        "tag" => 3,
        "home" => 4,
        _ => 5,
    };

    /// <summary>The theme's assets as output files under <c>assets/</c>.</summary>
    public static List<RenderedPage> AssetsOf(Theme theme) => theme.Assets.Select(a => new RenderedPage("assets/" + a.Path, a.Bytes)).ToList();

    /// <summary>The static files that do not clash with a generated file or folder; each clash is an error.</summary>
    public static List<InputFile> StaticFilesThatFit(IReadOnlyList<InputFile> staticFiles, HashSet<string> generated, DiagnosticBag diagnostics)
    {
        var folders = generated.SelectMany(FoldersOf).ToHashSet(StringComparer.Ordinal);
        var fit = new List<InputFile>();
        foreach (var file in staticFiles)
        {
            var clash = generated.Contains(file.Path) ? $"would overwrite the generated file /{file.Path}"
                : folders.Contains(file.Path) ? $"has the name of the generated folder /{file.Path}/"
                : FoldersOf(file.Path).FirstOrDefault(generated.Contains) is { } page ? $"needs a folder where the generated file /{page} is"
                : null;
            if (clash is null) fit.Add(file);
            else diagnostics.Error(DiagnosticCodes.UrlCollision, SourceLocation.File("static/" + file.Path), $"static file {clash}; move or rename it");
        }

        return fit;
    }

    private static IEnumerable<string> FoldersOf(string path)
    {
        for (var slash = path.IndexOf('/'); slash > 0; slash = path.IndexOf('/', slash + 1))
            yield return path[..slash];
    }
}
