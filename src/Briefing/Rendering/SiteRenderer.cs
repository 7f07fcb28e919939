using System.Text;
using Briefing.Diagnostics;
using Briefing.Graph;
using Briefing.Loading;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefing.Rendering;

/// <summary>The render stage: every page through its template and the layout, plus theme assets and static files.</summary>
public sealed class SiteRenderer(Theme theme)
{
    private static readonly (string Title, string Url)[] Navigation =
        [("Home", ""), ("Briefings", "briefings/"), ("Countries", "countries/"), ("People", "people/"),
         ("Timeline", "timeline/"), ("Quotes", "quotes/"), ("Tags", "tags/")];

    /// <summary>Largest page written (64 MiB): far beyond any real page, small enough to stop a runaway template.</summary>
    public const int MaxPageBytes = 64 * 1024 * 1024;

    private readonly ScriptObject _builtins = CreateBuiltins();

    /// <summary>Renders the whole site; template failures become diagnostics and the page is left out.</summary>
    public IReadOnlyList<RenderedPage> Render(SiteGraph graph, IReadOnlyList<InputFile> staticFiles, DiagnosticBag diagnostics)
    {
        var site = SiteVariables(graph);
        var pages = new SitePages(graph).All()
            .AsParallel().AsOrdered()
            .Select(page => RenderPage(page, site, graph, diagnostics))
            .OfType<RenderedPage>()
            .ToList();
        foreach (var asset in theme.Assets) pages.Add(new RenderedPage("assets/" + asset.Path, asset.Bytes));
        var generated = pages.Select(p => p.Path).ToHashSet(StringComparer.Ordinal);
        var folders = generated.SelectMany(FoldersOf).ToHashSet(StringComparer.Ordinal);
        foreach (var file in staticFiles)
        {
            var clash = generated.Contains(file.Path) ? $"would overwrite the generated file /{file.Path}"
                : folders.Contains(file.Path) ? $"has the name of the generated folder /{file.Path}/"
                : FoldersOf(file.Path).FirstOrDefault(generated.Contains) is { } page ? $"needs a folder where the generated file /{page} is"
                : null;
            if (clash is null)
                pages.Add(new RenderedPage(file.Path, file.Bytes, "static/" + file.Path));
            else
                diagnostics.Error(DiagnosticCodes.UrlCollision, SourceLocation.File("static/" + file.Path), $"static file {clash}; move or rename it");
        }

        return pages;
    }

    private static IEnumerable<string> FoldersOf(string path)
    {
        for (var slash = path.IndexOf('/'); slash > 0; slash = path.IndexOf('/', slash + 1))
            yield return path[..slash];
    }

    private static ScriptObject SiteVariables(SiteGraph graph)
    {
        var s = graph.Settings;
        var views = new Views(s);
        return Views.Object(
            ("title", s.Title),
            ("description", s.Description),
            ("language", s.Language),
            ("base_url", s.BaseUrl.AbsoluteUri),
            ("base_path", s.BasePath),
            ("stylesheet", views.Url("assets/style.css")));
    }

    private RenderedPage? RenderPage(PageModel page, ScriptObject site, SiteGraph graph, DiagnosticBag diagnostics)
    {
        var views = new Views(graph.Settings);
        var globals = new ScriptObject();
        globals.Import(page.Variables);
        globals.SetValue("site", site, true);
        globals.SetValue("anchors", false, false);
        globals.SetValue("card_heading", "h3", false);
        globals.SetValue("links", null, false);
        globals.SetValue("nav", Views.List(Navigation, n => Views.Object(
            ("title", n.Title), ("url", views.Url(n.Url)), ("current", page.Url == n.Url || (n.Url.Length > 0 && page.Url.StartsWith(n.Url, StringComparison.Ordinal))))), true);
        globals.SetValue("page", Views.Object(
            ("title", page.Title),
            ("description", page.Description ?? graph.Settings.Description),
            ("kind", page.Kind),
            ("url", views.Url(page.Url)),
            ("canonical", new Uri(graph.Settings.BaseUrl, page.Url).AbsoluteUri),
            ("edit_url", graph.Settings.EditUrl is { } edit && page.SourcePath is { } src ? edit + src : null)), true);

        var context = new HtmlTemplateContext(_builtins) { TemplateLoader = new ThemeTemplateLoader(theme) };
        foreach (var (path, template) in theme.Partials) context.CachedTemplates[path] = template;
        context.PushGlobal(globals);
        try
        {
            var content = RenderTemplate(theme.Pages[page.Kind], context);
            globals.SetValue("content", new SafeHtml(content), true);
            var html = RenderTemplate(theme.Layout, context);
            var bytes = Encoding.UTF8.GetBytes(html);
            if (bytes.Length <= MaxPageBytes) return new RenderedPage(page.OutputPath, bytes, page.SourcePath);
            diagnostics.Error(DiagnosticCodes.TooLarge, SourceLocation.File(page.SourcePath ?? $"theme/pages/{page.Kind}.html"),
                $"page /{page.OutputPath} is {bytes.Length / (1024 * 1024)} MiB; the limit is {MaxPageBytes / (1024 * 1024)} MiB per page");
            return null;
        }
        catch (ScriptRuntimeException e)
        {
            diagnostics.Add(TemplateDiagnostics.From(e, "/" + page.Url));
            return null;
        }
    }

    private static string RenderTemplate(Template template, TemplateContext context)
    {
        context.PushOutput();
        try
        {
            // Render returns what this template wrote and clears the pushed buffer.
            return template.Render(context);
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
