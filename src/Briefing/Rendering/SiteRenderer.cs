using System.Collections.Concurrent;
using System.Diagnostics;
using Briefing.Checking;
using Briefing.Diagnostics;
using Briefing.Feeds;
using Briefing.Graph;
using Briefing.Loading;
using Briefing.Output;
using Briefing.Progress;
using Scriban.Runtime;

namespace Briefing.Rendering;

/// <summary>The render stage: every page through its template and the layout, then the feeds, open-data files, sitemap, robots.txt and _redirects, theme assets and static files.</summary>
public sealed class SiteRenderer(Theme theme, int maxPageBytes, FragmentCache? fragments, bool search = false)
{
    /// <summary>
    /// Renders every page in parallel and hands each to <paramref name="sink"/> as soon as it is made, then the
    /// theme's assets and the static files. Template failures become diagnostics and the page is left out.
    /// With <paramref name="previous"/> (the pages of the last build, for a preview server), a page whose fingerprint
    /// is the one it had then is not rendered or handed on again: its bytes cannot have changed. Returns what the
    /// link check needs (each page's links and ids, and every output path) and each page's record. Pages done are counted to <paramref name="progress"/>; <paramref name="edited"/>
    /// (input paths parsed anew) says which pages to look at first. The feeds, sitemap and robots.txt are made at every build;
    /// with <paramref name="previousGenerated"/> (their fingerprints at the last build), only those that changed are written and handed on.
    /// </summary>
    public RenderSummary Render(SiteGraph graph, IReadOnlyList<InputFile> staticFiles, IPageSink sink, DiagnosticBag diagnostics, int parallelism,
        IReadOnlyDictionary<string, Building.PageRecord>? previous = null, IProgress<BuildProgress>? progress = null, IReadOnlySet<string>? edited = null,
        IReadOnlyDictionary<string, UInt128>? previousGenerated = null)
    {
        var pass = new RenderPass(theme, graph, fragments, maxPageBytes, search);
        var assets = AssetsOf(theme);
        var redirects = RedirectsThatFit(pass, assets, diagnostics);
        var kept = redirects.ToHashSet();
        var archives = ArchivesThatFit(pass, diagnostics);
        var models = pass.Pages.Where(m => m.Node is not Redirect r || kept.Contains(r)).Where(m => m.Kind != "archive" || archives.Contains(m)).ToList();
        var sitemapStarted = Stopwatch.GetTimestamp();
        var sitemap = SitemapWriter.Write(SitemapUrls.Of(graph, models, pass.Views), pass.Views.AbsoluteUrl);
        var sitemapTicks = Stopwatch.GetTimestamp() - sitemapStarted;
        var files = models.Select(m => m.OutputPath).Concat(assets.Select(a => a.Path)).Concat(pass.Feeds.Files.Select(f => f.Path))
            .Concat(pass.Data.Files.Select(f => f.Path)).Concat(sitemap.Select(f => f.Path)).Append(RobotsFile.Path).ToHashSet(StringComparer.Ordinal);
        // The author's robots.txt and _redirects are not copied: each is the start of the generated one.
        var robots = staticFiles.FirstOrDefault(f => f.Path == RobotsFile.Path);
        var authorRedirects = staticFiles.FirstOrDefault(f => f.Path == RedirectsFile.Path);
        if (graph.Redirects.Count > 0 || authorRedirects is not null) files.Add(RedirectsFile.Path);
        var statics = StaticFilesThatFit(staticFiles.Where(f => f.Path != RobotsFile.Path && f.Path != RedirectsFile.Path).ToList(), files, diagnostics);
        files.UnionWith(statics.Select(f => f.Path));
        var known = new KnownTargets(files, graph.Settings.BasePath);

        var links = new ConcurrentBag<PageLinks>();
        var records = previous is null ? null : new ConcurrentDictionary<string, Building.PageRecord>(StringComparer.Ordinal);
        // Pages, time and bytes per kind of page, for --verbose: which template a theme author should look at first.
        var kinds = models.Select(m => m.Kind).Distinct(StringComparer.Ordinal).ToArray();
        var (pages, ticks, sizes) = (new long[kinds.Length], new long[kinds.Length], new long[kinds.Length]);
        var rendered = new ProgressCounter(progress, "render", models.Count);
        if (previous is null)
        {
            RenderAll(models.Select(m => (m, (ScriptObject?)null, UInt128.Zero)).ToList());
        }
        else
        {
            // Incremental: the pages of the edited files and of what they name first (a reader's next request),
            // then a sweep of every other page; in each, the changed pages in the order a reader waits for them.
            var likely = LikelyChanged(graph, edited ?? new HashSet<string>());
            RenderChanged(models.Where(m => likely.Contains(m.Url)).ToList());
            RenderChanged(models.Where(m => !likely.Contains(m.Url)).ToList());
        }

        var generated = new GeneratedFiles(sink, previousGenerated);
        var (feedTicks, feedBytes) = WriteFeeds(pass, generated, parallelism);
        var (dataTicks, dataBytes) = WriteData(pass, generated, parallelism);
        foreach (var file in sitemap) generated.Write(file.Path, file.Bytes, null);
        if (graph.Redirects.Count > 0 || authorRedirects is not null)
            generated.Write(RedirectsFile.Path, RedirectsFile.Write(authorRedirects?.Bytes, redirects, graph.Settings.BasePath),
                authorRedirects is null ? null : "static/" + authorRedirects.Path);
        generated.Write(RobotsFile.Path, RobotsFile.Write(robots?.Bytes, pass.Views.AbsoluteUrl(SitemapWriter.Path)), robots is null ? null : "static/" + robots.Path);
        foreach (var asset in assets) sink.Write(asset.Path, asset.Bytes, null);
        foreach (var file in statics) sink.Write(file.Path, file.Bytes, "static/" + file.Path);

        var byKind = kinds.Select((kind, i) => new PageKindTime(kind, (int)pages[i], Stopwatch.GetElapsedTime(0, ticks[i]), sizes[i]))
            .Append(new PageKindTime("feed", pass.Feeds.Files.Count, Stopwatch.GetElapsedTime(0, feedTicks), feedBytes))
            .Append(new PageKindTime("data file", pass.Data.Files.Count, Stopwatch.GetElapsedTime(0, dataTicks), dataBytes))
            .Append(new PageKindTime("sitemap", sitemap.Count, Stopwatch.GetElapsedTime(0, sitemapTicks), sitemap.Sum(f => (long)f.Bytes.Length)))
            .OrderByDescending(k => k.Time).ThenBy(k => k.Kind, StringComparer.Ordinal).ToList();
        return new RenderSummary(links.OrderBy(l => l.Path, StringComparer.Ordinal).ToList(), files, fragments?.Counts ?? default, byKind,
            records?.ToDictionary(StringComparer.Ordinal), generated.Fingerprints.ToDictionary(StringComparer.Ordinal));

        // Keeps each of `set` whose fingerprint is the one it had at the last build, and renders the others.
        void RenderChanged(List<PageModel> set)
        {
            var changed = new ConcurrentBag<(int Order, (PageModel, ScriptObject?, UInt128) Page)>();
            Parallel.For(0, set.Count, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, i =>
            {
                var model = set[i];
                var variables = pass.Variables(model);
                var fingerprint = pass.Fingerprint(model, variables);
                if (previous!.TryGetValue(model.OutputPath, out var before) && before.Fingerprint == fingerprint)
                {
                    links.Add(before.Links);
                    records![model.OutputPath] = before;
                    rendered.Step();
                }
                else
                {
                    changed.Add((ReaderOrder(model.Kind) * set.Count + i, (model, variables, fingerprint)));
                }
            });
            RenderAll(changed.OrderBy(c => c.Order).Select(c => c.Page).ToList());
        }

        // Renders each page (its variables and fingerprint when already worked out) and hands it to the sink.
        void RenderAll(List<(PageModel Model, ScriptObject? Variables, UInt128 Fingerprint)> work) =>
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
    }

    // The feeds, through one Atom writer for this stage only: it keeps each entry's bytes for every feed that holds it
    // (at 100,000 briefings most briefings are in some feed, each with its whole body), and they go with it.
    private static (long Ticks, long Bytes) WriteFeeds(RenderPass pass, GeneratedFiles generated, int parallelism)
    {
        var atom = new AtomFeedWriter();
        var (ticks, bytes) = (0L, 0L);
        Parallel.ForEach(pass.Feeds.Files, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, feed =>
        {
            var started = Stopwatch.GetTimestamp();
            var document = pass.Feeds.Document(feed);
            var made = generated.Write(feed.Path, document.Fingerprint(), () => SiteFeeds.Write(feed, document, atom));
            Interlocked.Add(ref ticks, Stopwatch.GetTimestamp() - started);
            Interlocked.Add(ref bytes, made);
        });
        return (ticks, bytes);
    }

    // The data files, a batch at a time (see DataFiles.Batches). A data file's fingerprint is the hash of its bytes:
    // every one is made, and only those that changed are handed on.
    private static (long Ticks, long Bytes) WriteData(RenderPass pass, GeneratedFiles generated, int parallelism)
    {
        var (ticks, length) = (0L, 0L);
        foreach (var batch in pass.Data.Batches)
        {
            Parallel.ForEach(batch.Files, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, file =>
            {
                var started = Stopwatch.GetTimestamp();
                using var bytes = file.Make();
                generated.Write(file.Path, bytes.Span, null);
                Interlocked.Add(ref ticks, Stopwatch.GetTimestamp() - started);
                Interlocked.Add(ref length, bytes.Length);
            });
            batch.Done();
        }

        return (ticks, length);
    }

    // The URLs of the pages an edit of `edited` (input paths) most likely changed: each edited briefing's page and
    // those of its countries, people and tags, and the pages of edited person, author and country files. Only an order:
    // every page is still compared by its fingerprint.
    private static HashSet<string> LikelyChanged(SiteGraph graph, IReadOnlySet<string> edited)
    {
        var urls = new HashSet<string>(StringComparer.Ordinal);
        if (edited.Count == 0) return urls;
        foreach (var b in graph.Briefings.Where(b => edited.Contains(b.Source.Path)))
            urls.UnionWith([b.Url, .. b.Countries.Select(c => c.Url), .. b.People.Select(p => p.Url), .. b.Organisations.Select(o => o.Url), .. b.Tags.Select(t => t.Url)]);
        urls.UnionWith(graph.People.Where(p => p.File is not null && edited.Contains(p.File.Path)).Select(p => p.Url));
        urls.UnionWith(graph.Organisations.Where(o => o.File is not null && edited.Contains(o.File.Path)).Select(o => o.Url));
        urls.UnionWith(graph.Authors.Where(a => edited.Contains(a.File.Path)).Select(a => a.Url));
        urls.UnionWith(graph.Countries.Where(c => c.IntroductionPath is not null && edited.Contains(c.IntroductionPath)).Select(c => c.Url));
        return urls;
    }

    // Which changed pages an incremental build renders first: what the author is looking at, then what lists it.
    private static int ReaderOrder(string kind) => kind switch
    {
        "briefing" => 0,
        "person" or "organisation" => 1,
        "country" => 2,
        "tag" => 3,
        "home" => 4,
        _ => 5,
    };

    /// <summary>The theme's assets as output files under <c>assets/</c>.</summary>
    public static List<RenderedPage> AssetsOf(Theme theme) => theme.Assets.Select(a => new RenderedPage("assets/" + a.Path, a.Bytes)).ToList();

    /// <summary>
    /// The archive pages to make: none, with an error, when the theme has no archive template; not one whose address
    /// another page has (an error names that page's file).
    /// </summary>
    public static HashSet<PageModel> ArchivesThatFit(RenderPass pass, DiagnosticBag diagnostics)
    {
        var archives = pass.Pages.Where(m => m.Kind == "archive").ToHashSet();
        if (archives.Count == 0) return archives;
        if (!pass.Theme.Pages.ContainsKey("archive"))
        {
            diagnostics.Error(DiagnosticCodes.ArchivePageUnavailable, SourceLocation.File("theme/pages/archive.html"),
                $"/{archives.First().Url} and the other archive pages of long lists need the theme's pages/archive.html, which this theme has not; copy it (and partials/archive-nav.html) from `briefing theme export DIR`");
            return [];
        }

        // A briefing named like a year (briefings/2025.md) is where the briefings list's archive of that year would go.
        var others = pass.Pages.Where(m => m.Kind != "archive").ToDictionary(m => m.OutputPath, StringComparer.Ordinal);
        foreach (var clash in archives.Where(m => others.ContainsKey(m.OutputPath)).ToList())
        {
            var page = others[clash.OutputPath];
            diagnostics.Error(DiagnosticCodes.ArchiveClash, SourceLocation.File(page.SourcePath ?? $"theme/pages/{page.Kind}.html"),
                $"/{page.Url} is the address of the archive page '{clash.Title}'; rename the file so its page has another address");
            archives.Remove(clash);
        }

        return archives;
    }

    /// <summary>
    /// The redirects (in the graph's order) whose old path is free: one where a page or generated file of the site is,
    /// or that an earlier redirect took, is an error.
    /// </summary>
    public static List<Redirect> RedirectsThatFit(RenderPass pass, IEnumerable<RenderedPage> assets, DiagnosticBag diagnostics)
    {
        var pages = pass.Pages.Where(m => m.Kind != "redirect").Select(m => m.OutputPath).Concat(assets.Select(a => a.Path))
            .Concat(pass.Feeds.Files.Select(f => f.Path)).Concat(pass.Data.Files.Select(f => f.Path)).Append(SitemapWriter.Path).Append(RobotsFile.Path).Append(RedirectsFile.Path)
            .ToHashSet(StringComparer.Ordinal);
        var taken = new Dictionary<string, Redirect>(StringComparer.Ordinal);
        var fit = new List<Redirect>();
        foreach (var r in pass.Graph.Redirects)
        {
            var path = PageModel.OutputPathOf(r.From);
            if (pages.Contains(path))
                diagnostics.Error(DiagnosticCodes.MovedFromClash, r.At,
                    $"moved_from '/{r.From}' is where the page /{path} of the site is; a redirect there would replace it, so remove it from moved_from");
            else if (taken.TryGetValue(path, out var first))
                diagnostics.Error(DiagnosticCodes.MovedFromClash, r.At,
                    $"moved_from '/{r.From}' is claimed by {first.At.Path} too, for /{first.To}; an old address can lead to one page only, so keep it in one file");
            else
            {
                taken[path] = r;
                fit.Add(r);
            }
        }

        return fit;
    }

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
