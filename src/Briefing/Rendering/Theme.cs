using Briefing.Diagnostics;
using Briefing.Loading;
using Scriban;

namespace Briefing.Rendering;

/// <summary>
/// A theme compiled once: <c>layouts/base.html</c> wraps every page, <c>pages/&lt;kind&gt;.html</c> renders each
/// kind of page, <c>partials/&lt;name&gt;.html</c> are included by name, and <c>assets/**</c> are copied to <c>/assets/</c>.
/// </summary>
public sealed class Theme
{
    /// <summary>The page templates every theme must have.</summary>
    public static readonly IReadOnlyList<string> PageKinds =
        ["home", "briefings", "briefing", "countries", "country", "people", "person", "timeline", "quotes", "tags", "tag", "404"];

    private Theme(Template layout, IReadOnlyDictionary<string, Template> pages, IReadOnlyDictionary<string, Template> partials, IReadOnlyList<InputFile> assets)
    {
        Layout = layout;
        Pages = pages;
        Partials = partials;
        var inputs = PartialInputs.Find(partials);
        PartialsByName = partials.ToDictionary(p => p.Key[PartialPrefix.Length..^PartialSuffix.Length],
            p => new Partial(p.Key, p.Value, inputs.GetValueOrDefault(p.Key)), StringComparer.Ordinal);
        Assets = assets;
    }

    /// <summary>The layout that wraps every page's content.</summary>
    public Template Layout { get; }

    /// <summary>Page templates by kind.</summary>
    public IReadOnlyDictionary<string, Template> Pages { get; }

    // A partial's path is PartialPrefix + its name + PartialSuffix.
    private const string PartialPrefix = "theme/partials/", PartialSuffix = ".html";

    /// <summary>The key of partial <paramref name="name"/> in <see cref="Partials"/>: <c>theme/partials/name.html</c>.</summary>
    public static string PartialPath(string name) => PartialPrefix + name + PartialSuffix;

    /// <summary>Partials by their path in the theme (<c>partials/quote.html</c>).</summary>
    public IReadOnlyDictionary<string, Template> Partials { get; }

    /// <summary>
    /// Partials by the name an include uses (<c>quote</c> for <c>partials/quote.html</c>), with their path and, when
    /// their output may be reused, what they read (see <see cref="PartialInputs"/>).
    /// </summary>
    public IReadOnlyDictionary<string, Partial> PartialsByName { get; }

    /// <summary>Files copied as they are, paths relative to <c>assets/</c>.</summary>
    public IReadOnlyList<InputFile> Assets { get; }

    /// <summary>Compiles the theme's files (paths relative to the theme folder); reports syntax errors with their template position.</summary>
    public static Theme? Compile(IReadOnlyList<InputFile> files, DiagnosticBag diagnostics)
    {
        var local = new DiagnosticBag();
        var byPath = files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        Template? Parse(string path)
        {
            if (!byPath.TryGetValue(path, out var file))
            {
                local.Error(DiagnosticCodes.TemplateError, SourceLocation.File("theme/" + path), $"the theme has no {path}");
                return null;
            }

            var template = Template.Parse(System.Text.Encoding.UTF8.GetString(file.Bytes).Replace("\r\n", "\n", StringComparison.Ordinal), "theme/" + path);
            foreach (var message in template.Messages)
                local.Add(TemplateDiagnostics.From(message));
            return template.HasErrors ? null : template;
        }

        var layout = Parse("layouts/base.html");
        var pages = PageKinds.ToDictionary(k => k, k => Parse($"pages/{k}.html"));
        var partials = files.Where(f => f.Path.StartsWith("partials/", StringComparison.Ordinal) && f.Path.EndsWith(".html", StringComparison.Ordinal))
            .ToDictionary(f => "theme/" + f.Path, f => Parse(f.Path), StringComparer.Ordinal);
        var assets = files.Where(f => f.Path.StartsWith("assets/", StringComparison.Ordinal))
            .Select(f => f.WithPath(f.Path["assets/".Length..])).ToList();
        foreach (var d in local.Sorted()) diagnostics.Add(d);
        if (local.HasErrors) return null;
        return new Theme(layout!, pages!, partials!, assets);
    }
}

/// <summary>A compiled partial: its path in the theme, its template, and its inputs when its output may be reused.</summary>
public sealed record Partial(string Path, Template Template, PartialInputs? Inputs);
