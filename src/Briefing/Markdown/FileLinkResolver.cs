using System.Text;
using Briefing.Model;

namespace Briefing.Markdown;

/// <summary>
/// Turns a body's links to other input files (<c>[the call](2025-06-15-bayramov-araghchi-call.md)</c>,
/// <c>../people/jeyhun-bayramov.md</c>, <c>../countries/az.md#history</c>) into links to those files' pages.
/// </summary>
/// <remarks>
/// A body is rendered to HTML once, while it is parsed, when the URLs of the other files are not known yet (a
/// briefing's URL comes from its slug, a person's from the link stage's ids). So parsing records where each such link
/// wrote its URL into the HTML (<see cref="MarkdownContent.FileHrefs"/>), as the author wrote it; the link stage, once
/// every file has its URL, rewrites those bytes once here, and the rest of the HTML is copied as it is. A link whose
/// file has no page (none by that name, or a draft) keeps the URL as written: the link check then reports it, at the
/// link's position, naming the file. Linked mentions (<see cref="Graph.Mentions"/>) are written in the same pass.
/// </remarks>
public static class FileLinkResolver
{
    /// <summary>
    /// <paramref name="content"/> with each link to a file that <paramref name="urlOf"/> knows (input path →
    /// site-relative URL such as <c>briefings/x/</c>) pointing at <paramref name="basePath"/> + that URL + what
    /// followed the file name (<c>#fragment</c>), and each of <paramref name="inserts"/> (HTML at a byte offset, in
    /// order: the tags around linked mentions) written in, and without the prose positions, which only the link stage
    /// reads (the parse cache keeps them); the same object when there is nothing to change.
    /// </summary>
    public static MarkdownContent Resolve(MarkdownContent content, Func<string, string?> urlOf, string basePath,
        IReadOnlyList<(int Offset, string Text)>? inserts = null)
    {
        inserts ??= [];
        if (content.FileHrefs.Count == 0 && inserts.Count == 0)
            return content.TextRuns.Count == 0 && content.Paragraphs.Count == 0 ? content : content with { TextRuns = [], Paragraphs = [] };
        var links = content.Links.ToArray();
        var attributes = new string?[links.Length];
        for (var i = 0; i < links.Length; i++)
        {
            if (links[i].File is not { } file || urlOf(file.Path) is not { } url) continue;
            var resolved = basePath + url + file.Suffix;
            attributes[i] = MarkdownUrl.Attribute(resolved);
            links[i] = links[i] with { Href = MarkdownUrl.Href(resolved), File = null };
        }

        // One pass over the HTML: replaced URLs and inserted tags, by offset (a mention is never inside a link's URL).
        var edits = new List<(int Offset, int Length, string Text)>(content.FileHrefs.Count + inserts.Count);
        foreach (var href in content.FileHrefs)
            // href.Link is the first link written this way; every one written the same resolves the same.
            if (attributes[href.Link] is { } attribute) edits.Add((href.Offset, href.Length, attribute));
        foreach (var (offset, text) in inserts) edits.Add((offset, 0, text));
        var html = new MemoryStream(content.HtmlUtf8.Length + 64 * edits.Count);
        var copied = 0;
        foreach (var edit in edits.OrderBy(e => e.Offset))
        {
            html.Write(content.HtmlUtf8, copied, edit.Offset - copied);
            html.Write(Encoding.UTF8.GetBytes(edit.Text));
            copied = edit.Offset + edit.Length;
        }

        html.Write(content.HtmlUtf8, copied, content.HtmlUtf8.Length - copied);
        return content with { HtmlUtf8 = html.ToArray(), Links = links, FileHrefs = [], TextRuns = [], Paragraphs = [] };
    }
}
