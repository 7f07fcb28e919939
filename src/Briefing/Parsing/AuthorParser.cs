using Briefing.Diagnostics;
using Briefing.Loading;
using Briefing.Markdown;
using Briefing.Model;

namespace Briefing.Parsing;

/// <summary>Turns <c>authors/&lt;id&gt;.md</c> into a <see cref="ParsedAuthor"/>.</summary>
public static class AuthorParser
{
    private static readonly string[] Keys = ["name", "role", "url"];

    /// <summary>Parses <paramref name="file"/>; returns null when it has errors (all of them reported).</summary>
    public static ParsedAuthor? Parse(SourceFile file, DiagnosticBag diagnostics)
    {
        var local = new DiagnosticBag();
        if (FrontMatterFile.Open(file, local) is not var (split, map)) return FrontMatterFile.Finish<ParsedAuthor>(null, local, diagnostics);
        var f = new FieldReader(map, "author", Keys, local);
        var name = f.Text("name", required: true);
        var role = f.Text("role");
        var url = f.Text("url");
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            local.Error(DiagnosticCodes.BadAuthor, f.AtKey("url"), $"url '{url}' must be an absolute http or https URL, e.g. https://example.org/staff/anna");
        var body = MarkdownRenderer.Render(split.Body, file.Path, split.BodyFirstLine, local);
        var id = System.IO.Path.GetFileNameWithoutExtension(file.Path);
        return FrontMatterFile.Finish(new ParsedAuthor(file.Path, id, name ?? id, role, url, body), local, diagnostics);
    }
}
