using Briefing.Diagnostics;
using Briefing.Loading;
using Scriban;
using Scriban.Syntax;

namespace Briefing.Rendering;

/// <summary>
/// A theme compiled once: <c>layouts/base.html</c> wraps every page, <c>pages/&lt;kind&gt;.html</c> renders each
/// kind of page, <c>partials/&lt;name&gt;.html</c> are included by name, and <c>assets/**</c> are copied to <c>/assets/</c>.
/// Each template has a fingerprint of its text and of every partial it can include, so an edited template
/// re-renders only what uses it.
/// </summary>
public sealed class Theme
{
    /// <summary>The page templates every theme must have.</summary>
    public static readonly IReadOnlyList<string> PageKinds =
        ["home", "briefings", "briefing", "countries", "country", "people", "person", "timeline", "quotes", "tags", "tag", "404"];

    /// <summary>Page templates a theme may leave out (kinds added after the first themes were made): no page of theirs is made.</summary>
    public static readonly IReadOnlyList<string> OptionalPageKinds = ["search", "redirect", "author", "corrections", "organisation", "organisations", "data", "archive"];

    private readonly Dictionary<string, UInt128> _kindFingerprints;

    private Theme(Template layout, IReadOnlyDictionary<string, Template> pages, IReadOnlyDictionary<string, Partial> partials,
        IReadOnlyList<InputFile> assets, Dictionary<string, UInt128> kindFingerprints)
    {
        Layout = layout;
        Pages = pages;
        Partials = partials;
        Assets = assets;
        _kindFingerprints = kindFingerprints;
    }

    /// <summary>The layout that wraps every page's content.</summary>
    public Template Layout { get; }

    /// <summary>Page templates by kind.</summary>
    public IReadOnlyDictionary<string, Template> Pages { get; }

    /// <summary>Partials by the name an include uses (<c>quote</c> for <c>partials/quote.html</c>).</summary>
    public IReadOnlyDictionary<string, Partial> Partials { get; }

    /// <summary>Files copied as they are, paths relative to <c>assets/</c>.</summary>
    public IReadOnlyList<InputFile> Assets { get; }

    /// <summary>What a page of <paramref name="kind"/> is drawn with: the layout, its page template and every partial they can include.</summary>
    public UInt128 KindFingerprint(string kind) => _kindFingerprints[kind];

    /// <summary>Compiles the theme's files (paths relative to the theme folder); reports syntax errors with their template position.</summary>
    public static Theme? Compile(IReadOnlyList<InputFile> files, DiagnosticBag diagnostics)
    {
        var local = new DiagnosticBag();
        var byPath = new Dictionary<string, InputFile>(StringComparer.Ordinal);
        foreach (var f in files) byPath[f.Path] = f;
        var texts = new Dictionary<string, UInt128>(StringComparer.Ordinal);
        Template? Parse(string path)
        {
            if (!byPath.TryGetValue(path, out var file))
            {
                local.Error(DiagnosticCodes.TemplateError, SourceLocation.File("theme/" + path), $"the theme has no {path}");
                return null;
            }

            texts[path] = System.IO.Hashing.XxHash128.HashToUInt128(file.Bytes);
            var template = Template.Parse(System.Text.Encoding.UTF8.GetString(file.Bytes).Replace("\r\n", "\n", StringComparison.Ordinal), "theme/" + path);
            foreach (var message in template.Messages)
                local.Add(TemplateDiagnostics.From(message));
            return template.HasErrors ? null : template;
        }

        var layout = Parse("layouts/base.html");
        var kindsHere = PageKinds.Concat(OptionalPageKinds.Where(k => byPath.ContainsKey($"pages/{k}.html"))).ToList();
        var pages = kindsHere.ToDictionary(k => k, k => Parse($"pages/{k}.html"));
        var partials = files.Where(f => f.Path.StartsWith(PartialPrefix, StringComparison.Ordinal) && f.Path.EndsWith(PartialSuffix, StringComparison.Ordinal))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToDictionary(f => f.Path[PartialPrefix.Length..^PartialSuffix.Length], f => (f.Path, Template: Parse(f.Path)), StringComparer.Ordinal);
        var assets = files.Where(f => f.Path.StartsWith("assets/", StringComparison.Ordinal))
            .Select(f => f.WithPath(f.Path["assets/".Length..])).ToList();
        foreach (var d in local.Sorted()) diagnostics.Add(d);
        if (local.HasErrors) return null;

        // A template's fingerprint covers the partials it can reach by name; a computed name could reach any of them.
        var reach = new TemplateReach(partials.ToDictionary(p => p.Key, p => p.Value.Template!, StringComparer.Ordinal));
        // The set of partial names too: a partial added under a name a template includes changes what it draws.
        var names = string.Join('\n', partials.Keys);
        UInt128 Covering(string path, Template template) =>
            ViewFingerprint.Combine([names, texts[path], .. reach.From(template).Select(name => (object?)texts[partials[name].Path])]);
        var compiled = partials.ToDictionary(p => p.Key, p => new Partial(p.Key, "theme/" + p.Value.Path, p.Value.Template!, Covering(p.Value.Path, p.Value.Template!)),
            StringComparer.Ordinal);
        var kinds = kindsHere.ToDictionary(k => k, k => ViewFingerprint.Combine(Covering("layouts/base.html", layout!), Covering($"pages/{k}.html", pages[k]!)),
            StringComparer.Ordinal);
        foreach (var template in pages.Values.Concat(partials.Values.Select(p => p.Template)).Append(layout)) IncludeStatement.ReplaceIn(template!);
        return new Theme(layout!, pages!, compiled, assets, kinds);
    }

    private const string PartialPrefix = "partials/", PartialSuffix = ".html";

    // Which partials a template can include, directly or through others, found from the literal names in its includes.
    private sealed class TemplateReach(Dictionary<string, Template> partials)
    {
        public IEnumerable<string> From(Template template)
        {
            var found = new SortedSet<string>(StringComparer.Ordinal);
            var pending = new Stack<ScriptNode>();
            pending.Push(template.Page!);
            while (pending.Count > 0)
            {
                var node = pending.Pop();
                if (node is ScriptFunctionCall { Target: ScriptVariableGlobal { Name: "include" } } call)
                {
                    if (call.Arguments is [ScriptLiteral { Value: string name }, ..])
                    {
                        if (partials.TryGetValue(name, out var partial) && found.Add(name)) pending.Push(partial.Page!);
                    }
                    else
                    {
                        return partials.Keys.OrderBy(k => k, StringComparer.Ordinal); // a computed name: any partial
                    }
                }

                foreach (var child in node.Children)
                    if (child is not null) pending.Push(child);
            }

            return found;
        }
    }
}

/// <summary>A compiled partial: the name includes use, its path in the theme, its template, and the fingerprint of it and what it can include.</summary>
public sealed record Partial(string Name, string Path, Template Template, UInt128 Fingerprint);
