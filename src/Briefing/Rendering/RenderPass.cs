using Briefing.Diagnostics;
using Briefing.Feeds;
using Briefing.Graph;
using Briefing.Languages;
using Briefing.Model;
using Briefing.OpenData;
using Briefing.StructuredData;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefing.Rendering;

/// <summary>
/// Rendering one site graph with one theme: every page's model, the variables its templates see, the page's
/// fingerprint (what those variables and templates are, so equal fingerprints mean equal bytes) and the page itself.
/// A full build renders every page of a pass; the preview server renders only pages whose fingerprint changed.
/// </summary>
public sealed class RenderPass
{
    private static readonly ViewShape SiteShape = ViewShape.Of("site", "title", "description", "language", "direction", "locale", "base_url", "base_path", "stylesheet", "search", "data_url");
    private static readonly ViewShape PageShape = ViewShape.Of("page", "title", "description", "kind", "url", "canonical", "edit_url",
        "type", "published", "modified", "tags", "json_ld", "feeds");
    private static readonly ViewShape FeedLinkShape = ViewShape.Of("feed_link", "title", "type", "url");
    private readonly PageMetadataBuilder _metadata;
    private readonly int _maxPageBytes;

    /// <summary>
    /// A pass over <paramref name="graph"/>; <paramref name="fragments"/> (may be shared with earlier passes) keeps partials' output.
    /// With <paramref name="search"/> (an index will be made), <c>site.search</c> is true and the search page is made.
    /// </summary>
    public RenderPass(Theme theme, SiteGraph graph, FragmentCache? fragments, int maxPageBytes, bool search = false)
    {
        Theme = theme;
        Graph = graph;
        Fragments = fragments;
        _maxPageBytes = maxPageBytes;
        Views = new Views(graph);
        var s = graph.Settings;
        Site = new View(SiteShape, s.Title, s.Description, s.Language, LanguageRegistry.Default.Read(s.Language).Direction,
            PageMetadataBuilder.Locale(s.Language), s.BaseUrl.AbsoluteUri, s.BasePath, Views.Url("assets/style.css"), search,
            theme.Pages.ContainsKey("data") ? Views.Url(DataFiles.Folder) : null);
        _metadata = new PageMetadataBuilder(s, Views.AbsoluteUrl);
        SiteFingerprint = Site.Fingerprint;
        SiteScope = new ScriptObject(1);
        SiteScope.SetValue("site", Site, readOnly: true);
        Feeds = new SiteFeeds(graph, Views);
        Data = new DataFiles(graph, Views);
        Builtins = TemplateContext.GetDefaultBuiltinObject();
        Builtins.SetValue("include", new IncludeFunction(), readOnly: true);
        // Pages that gather the whole site (timeline, quote index, lists of briefings) first: rendered last, one of
        // them would leave the other threads idle at the end of a large build. The order changes no output byte.
        Pages = new SitePages(graph, Views, search, theme.Pages.ContainsKey("corrections"), theme.Pages.ContainsKey("data") ? Data : null).All().OrderBy(m => GathersTheSite(m.Kind) ? 0 : 1).ToList();
    }

    /// <summary>The theme.</summary>
    public Theme Theme { get; }

    /// <summary>The graph.</summary>
    public SiteGraph Graph { get; }

    /// <summary>Where partials' output is kept, or null to render every include.</summary>
    public FragmentCache? Fragments { get; }

    /// <summary>The views of the graph's nodes for this pass.</summary>
    public Views Views { get; }

    /// <summary>The site's feeds, which pages link to as alternates.</summary>
    public SiteFeeds Feeds { get; }

    /// <summary>The site's open-data files, which the data page lists.</summary>
    public DataFiles Data { get; }

    /// <summary>The <c>site</c> variable.</summary>
    public View Site { get; }

    /// <summary>What <c>site</c> shows, part of every partial's key.</summary>
    public UInt128 SiteFingerprint { get; }

    /// <summary>The scope partials see besides their arguments: <c>site</c>.</summary>
    public ScriptObject SiteScope { get; }

    /// <summary>Scriban's builtin functions with this project's <c>include</c>.</summary>
    public ScriptObject Builtins { get; }

    /// <summary>Every page, in the order a parallel render should take them.</summary>
    public IReadOnlyList<PageModel> Pages { get; }

    /// <summary>Everything <paramref name="page"/>'s templates see: its own variables, <c>site</c>, <c>nav</c> and <c>page</c> (with the feeds it links to).</summary>
    public ScriptObject Variables(PageModel page)
    {
        var globals = page.Variables();
        var s = Graph.Settings;
        var meta = _metadata.For(page);
        globals.SetValue("site", Site, true);
        globals.SetValue("nav", Views.Navigation(page.Url), true);
        globals.SetValue("page", new View(PageShape,
            page.Title,
            page.Description ?? s.Description,
            page.Kind,
            Views.Url(page.Url),
            // A moved page's old address names the new one as the page to index.
            Views.AbsoluteUrl(page.Node is Redirect r ? r.To : page.Url),
            s.EditUrl is { } edit && page.SourcePath is { } src ? edit + src : null,
            meta.Type,
            meta.Published,
            meta.Modified,
            Views.List(meta.Tags, t => t),
            meta.JsonLd is null ? null : new SafeHtml(meta.JsonLd),
            Views.List(Feeds.LinksFor(page.Url), f => new View(FeedLinkShape, f.Title, f.MediaType, Views.Url(f.Path)))), true);
        return globals;
    }

    /// <summary>What decides the bytes of <paramref name="page"/>: its templates, its path and its <paramref name="variables"/>.</summary>
    public UInt128 Fingerprint(PageModel page, ScriptObject variables) =>
        ViewFingerprint.Combine(Theme.KindFingerprint(page.Kind), page.OutputPath, variables);

    /// <summary>
    /// Renders <paramref name="page"/> with <paramref name="variables"/> into <paramref name="thread"/>'s page buffer;
    /// false, with a diagnostic, when a template fails or the page is over the size limit.
    /// </summary>
    public bool Render(PageModel page, ScriptObject variables, RenderThread thread, DiagnosticBag diagnostics, out ReadOnlySpan<byte> bytes)
    {
        bytes = default;
        var context = thread.PageContext;
        context.PushGlobal(variables);
        try
        {
            RenderThread.Render(Theme.Pages[page.Kind], context, thread.Body);
            variables.SetValue("content", new SafeHtml(thread.Body), true);
            RenderThread.Render(Theme.Layout, context, thread.Page);
            // Takes the page's globals (and the locals that came with them) off: the next page starts from the builtins.
            context.PopGlobal();
        }
        catch (ScriptRuntimeException e)
        {
            thread.Reset();
            diagnostics.Add(TemplateDiagnostics.From(e, "/" + page.Url));
            return false;
        }

        // A UTF-8 page has at least as many bytes as characters: a text that long is too large before encoding.
        var tooLong = thread.Page.Length > _maxPageBytes;
        bytes = tooLong ? default : thread.Page.Utf8();
        if (!tooLong && bytes.Length <= _maxPageBytes) return true;
        var size = Math.Max(bytes.Length, thread.Page.Length);
        diagnostics.Error(DiagnosticCodes.TooLarge, SourceLocation.File(page.SourcePath ?? $"theme/pages/{page.Kind}.html"),
            $"page /{page.OutputPath} is {Megabytes(size)}; the limit is {Megabytes(_maxPageBytes)} per page");
        bytes = default;
        return false;
    }

    private static bool GathersTheSite(string kind) => kind is "timeline" or "quotes" or "briefings" or "country" or "tag";

    private static string Megabytes(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / (1024 * 1024)} MiB" : $"{bytes} bytes";
}
