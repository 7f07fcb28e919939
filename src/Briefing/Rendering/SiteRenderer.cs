using System.Collections.Concurrent;
using System.Diagnostics;
using Briefing.Checking;
using Briefing.Diagnostics;
using Briefing.Graph;
using Briefing.Loading;
using Briefing.Model;
using Briefing.Output;
using Briefing.Progress;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefing.Rendering;

/// <summary>The render stage: every page through its template and the layout, plus theme assets and static files.</summary>
public sealed class SiteRenderer(Theme theme, int maxPageBytes, long fragmentBytes)
{
    private readonly ScriptObject _builtins = CreateBuiltins();

    /// <summary>
    /// Renders every page in parallel and hands each to <paramref name="sink"/> as soon as it is made, then the
    /// theme's assets and the static files. Template failures become diagnostics and the page is left out.
    /// Returns what the link check needs: each page's links and ids, and every output path. Pages done are
    /// counted to <paramref name="progress"/>.
    /// </summary>
    public RenderSummary Render(SiteGraph graph, IReadOnlyList<InputFile> staticFiles, IPageSink sink, DiagnosticBag diagnostics, int parallelism,
        IProgress<BuildProgress>? progress = null)
    {
        var views = new Views(graph);
        var site = SiteVariables(graph.Settings, views);
        // Pages that gather the whole site (timeline, quote index, lists of briefings) first: rendered last, one of
        // them would leave the other threads idle at the end of a large build. The order changes no output byte.
        var models = new SitePages(graph, views).All().OrderBy(m => GathersTheSite(m.Kind) ? 0 : 1).ToList();
        var fragments = fragmentBytes > 0 ? new FragmentCache(fragmentBytes, models.Count) : null;
        var assets = theme.Assets.Select(a => new RenderedPage("assets/" + a.Path, a.Bytes)).ToList();
        var files = models.Select(m => m.OutputPath).Concat(assets.Select(a => a.Path)).ToHashSet(StringComparer.Ordinal);
        var statics = StaticFilesThatFit(staticFiles, files, diagnostics);
        files.UnionWith(statics.Select(f => f.Path));
        var known = new KnownTargets(files, graph.Settings.BasePath);

        var links = new ConcurrentBag<PageLinks>();
        // Pages, time and bytes per kind of page, for --verbose: which template a theme author should look at first.
        var kinds = models.Select(m => m.Kind).Distinct(StringComparer.Ordinal).ToArray();
        var (pages, ticks, sizes) = (new long[kinds.Length], new long[kinds.Length], new long[kinds.Length]);
        var rendered = new ProgressCounter(progress, "render", models.Count);
        Parallel.ForEach(models, new ParallelOptions { MaxDegreeOfParallelism = parallelism },
            () => new PageBuffers(),
            (model, _, buffers) =>
            {
                var started = Stopwatch.GetTimestamp();
                var written = RenderAndWrite(model, buffers);
                var kind = Array.IndexOf(kinds, model.Kind);
                Interlocked.Increment(ref pages[kind]);
                Interlocked.Add(ref ticks[kind], Stopwatch.GetTimestamp() - started);
                Interlocked.Add(ref sizes[kind], written);
                rendered.Step();
                return buffers;
            },
            _ => { });
        foreach (var asset in assets) sink.Write(asset.Path, asset.Bytes, null);
        foreach (var file in statics) sink.Write(file.Path, file.Bytes, "static/" + file.Path);

        var byKind = kinds.Select((kind, i) => new PageKindTime(kind, (int)pages[i], Stopwatch.GetElapsedTime(0, ticks[i]), sizes[i]))
            .OrderByDescending(k => k.Time).ThenBy(k => k.Kind, StringComparer.Ordinal).ToList();
        return new RenderSummary(links.OrderBy(l => l.Path, StringComparer.Ordinal).ToList(), files, fragments?.Counts ?? default, byKind);

        // Renders one page, checks its size, keeps its links and hands it to the sink; the bytes written (0 if none).
        long RenderAndWrite(PageModel model, PageBuffers buffers)
        {
            if (!RenderPage(model, site, graph, views, fragments, buffers, diagnostics)) return 0;
            // A UTF-8 page has at least as many bytes as characters: a text that long is too large before encoding.
            var tooLong = buffers.Page.Length > maxPageBytes;
            var bytes = tooLong ? default : buffers.Page.Utf8();
            if (tooLong || bytes.Length > maxPageBytes)
            {
                var size = Math.Max(bytes.Length, buffers.Page.Length);
                diagnostics.Error(DiagnosticCodes.TooLarge, SourceLocation.File(model.SourcePath ?? $"theme/pages/{model.Kind}.html"),
                    $"page /{model.OutputPath} is {Megabytes(size)}; the limit is {Megabytes(maxPageBytes)} per page");
                return 0;
            }

            links.Add(PageLinks.Extract(model.OutputPath, model.SourcePath, bytes, known));
            sink.Write(model.OutputPath, bytes, model.SourcePath);
            return bytes.Length;
        }
    }

    private static bool GathersTheSite(string kind) => kind is "timeline" or "quotes" or "briefings" or "country" or "tag";

    private static string Megabytes(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / (1024 * 1024)} MiB" : $"{bytes} bytes";

    private static List<InputFile> StaticFilesThatFit(IReadOnlyList<InputFile> staticFiles, HashSet<string> generated, DiagnosticBag diagnostics)
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

    private static IScriptObject SiteVariables(SiteSettings s, Views views)
    {
        return Views.Object(
            ("title", s.Title),
            ("description", s.Description),
            ("language", s.Language),
            ("base_url", s.BaseUrl.AbsoluteUri),
            ("base_path", s.BasePath),
            ("stylesheet", views.Url("assets/style.css")));
    }

    // One render thread's buffers: the page template's output, then the whole page the layout makes of it; and its
    // template context, reused page after page (a fresh one is ~20 kB of stacks and tables).
    private sealed class PageBuffers
    {
        public TextBuffer Body { get; } = new();

        public TextBuffer Page { get; } = new();

        public HtmlTemplateContext? Context { get; set; }
    }

    // Renders into buffers.Page; false (with a diagnostic) when a template fails.
    private bool RenderPage(PageModel page, IScriptObject site, SiteGraph graph, Views views, FragmentCache? fragments, PageBuffers buffers, DiagnosticBag diagnostics)
    {
        var globals = page.Variables();
        globals.SetValue("site", site, true);
        globals.SetValue("anchors", false, false);
        globals.SetValue("card_heading", "h3", false);
        globals.SetValue("links", null, false);
        globals.SetValue("list", null, false);
        globals.SetValue("event_list", null, false);
        globals.SetValue("quote_list", null, false);
        globals.SetValue("nav", views.Navigation(page.Url), true);
        globals.SetValue("page", Views.Object(
            ("title", page.Title),
            ("description", page.Description ?? graph.Settings.Description),
            ("kind", page.Kind),
            ("url", views.Url(page.Url)),
            ("canonical", views.AbsoluteUrl(page.Url)),
            ("edit_url", graph.Settings.EditUrl is { } edit && page.SourcePath is { } src ? edit + src : null)), true);

        var context = buffers.Context ??= NewContext(fragments);
        context.PushGlobal(globals);
        try
        {
            RenderTemplate(theme.Pages[page.Kind], context, buffers.Body);
            globals.SetValue("content", new SafeHtml(buffers.Body), true);
            RenderTemplate(theme.Layout, context, buffers.Page);
            // Takes the page's globals (and the locals that came with them) off: the next page starts from the builtins.
            context.PopGlobal();
            return true;
        }
        catch (ScriptRuntimeException e)
        {
            // A failed template may leave loops, locals or includes open: the next page gets a fresh context.
            buffers.Context = null;
            diagnostics.Add(TemplateDiagnostics.From(e, "/" + page.Url));
            return false;
        }
    }

    private HtmlTemplateContext NewContext(FragmentCache? fragments)
    {
        var context = new HtmlTemplateContext(_builtins) { TemplateLoader = new ThemeTemplateLoader(theme), Fragments = fragments, Partials = theme.PartialsByName };
        foreach (var (path, template) in theme.Partials) context.CachedTemplates[path] = template;
        return context;
    }

    private static void RenderTemplate(Template template, TemplateContext context, TextBuffer output)
    {
        output.Clear();
        context.PushOutput(output);
        try
        {
            SafeIncludeFunction.RenderInto(template, context);
        }
        finally
        {
            context.PopOutput();
        }
    }

    private static ScriptObject CreateBuiltins()
    {
        var builtins = TemplateContext.GetDefaultBuiltinObject();
        builtins.SetValue("include", new SafeIncludeFunction(), true);
        return builtins;
    }
}
