using System.Net;
using System.Text;
using Briefing.Checking;
using Briefing.Diagnostics;
using Briefing.Model;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefing.Markdown;

/// <summary>
/// Records, while a body is parsed, each link the link check will judge with its position in the file, and which of
/// them name another <c>.md</c> file of the input.
/// </summary>
public static class MarkdownLinks
{
    /// <summary>
    /// The links and images of <paramref name="document"/> (a body of <paramref name="path"/> starting on line
    /// <paramref name="firstLine"/>) whose URLs stay on the site, in the order written.
    /// </summary>
    public static IReadOnlyList<MarkdownLink> Collect(MarkdownDocument document, string path, int firstLine)
    {
        List<MarkdownLink>? links = null;
        foreach (var link in document.Descendants<LinkInline>())
        {
            // What Markdig's renderer writes: a heading reference ([Some heading]) gets its URL only when rendered.
            var url = link.GetDynamicUrl?.Invoke() ?? link.Url;
            if (url is null || !LinkSchemeChecker.IsAllowed(url)) continue;
            var href = MarkdownUrl.Href(url);
            if (!LinkChecker.Checks(href)) continue;
            (links ??= []).Add(new MarkdownLink(href, new SourceLocation(path, firstLine + link.Line, link.Column + 1), FileNamed(path, url)));
        }

        return links ?? (IReadOnlyList<MarkdownLink>)[];
    }

    /// <summary>
    /// The input file a link in <paramref name="from"/> names when its URL is a relative path ending in <c>.md</c>
    /// (<c>x.md</c>, <c>../2024/x.md#call</c>), resolved against the folder of <paramref name="from"/>; otherwise null.
    /// A path that climbs out of the input folder keeps its leading <c>..</c>, so it names no file.
    /// </summary>
    public static MarkdownFileTarget? FileNamed(string from, string url)
    {
        if (url.Length == 0 || url[0] is '/' or '#' or '?' || LinkSchemeChecker.SchemeOf(url) is not null) return null;
        var end = url.IndexOfAny(['?', '#']);
        var written = end < 0 ? url : url[..end];
        if (!written.EndsWith(".md", StringComparison.Ordinal)) return null;

        var segments = new List<string>();
        foreach (var segment in (from[..(from.LastIndexOf('/') + 1)] + Uri.UnescapeDataString(written)).Split('/'))
        {
            if (segment is "" or ".") continue;
            if (segment == ".." && segments.Count > 0 && segments[^1] != "..") segments.RemoveAt(segments.Count - 1);
            else segments.Add(segment);
        }

        return new MarkdownFileTarget(string.Join('/', segments), end < 0 ? "" : url[end..]);
    }

    /// <summary>
    /// Where <paramref name="html"/>, the body rendered from the document the links were collected from, holds the
    /// URL of each link that names a file. Only Markdig's renderers wrote this HTML, and every quote in text or titles
    /// is escaped, so each <c> href="</c> or <c> src="</c> is an attribute it wrote; one whose text is a file link's
    /// is that link (links written the same way resolve the same way, so which of them it is does not matter).
    /// </summary>
    public static IReadOnlyList<FileHref> FindFileHrefs(ReadOnlySpan<byte> html, IReadOnlyList<MarkdownLink> links)
    {
        var wanted = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < links.Count; i++)
            if (links[i].File is not null) wanted.TryAdd(links[i].Href, i);
        if (wanted.Count == 0) return [];

        var found = new List<FileHref>();
        foreach (var name in AttributeNames)
        {
            for (var at = html.IndexOf(name); at >= 0;)
            {
                var start = at + name.Length;
                var length = html[start..].IndexOf((byte)'"');
                if (length < 0) break;
                // Read back the way the link check reads a page (PageLinks): UTF-8, then entities.
                var value = Encoding.UTF8.GetString(html.Slice(start, length));
                if (wanted.TryGetValue(value.Contains('&') ? WebUtility.HtmlDecode(value) : value, out var link))
                    found.Add(new FileHref(start, length, link));

                var next = html[(start + length)..].IndexOf(name);
                at = next < 0 ? -1 : start + length + next;
            }
        }

        return found.OrderBy(f => f.Offset).ToList();
    }

    private static readonly byte[][] AttributeNames = [" href=\""u8.ToArray(), " src=\""u8.ToArray()];
}
