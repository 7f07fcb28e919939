using System.Collections.Concurrent;
using System.Net;

namespace Briefing.Checking;

/// <summary>What the link check needs to know of one built page: the hrefs it links to and the ids it defines.</summary>
public sealed record PageLinks(string Path, string? SourcePath, IReadOnlyList<string> Hrefs, IReadOnlySet<string> Ids)
{
    /// <summary>
    /// Reads the distinct <c>href</c>/<c>src</c> values and the <c>id</c> values out of a page's HTML; hrefs go
    /// through <paramref name="pool"/> so the same href on thousands of pages is kept once.
    /// </summary>
    public static PageLinks Extract(string path, string? sourcePath, string html, ConcurrentDictionary<string, string> pool)
    {
        var hrefs = new HashSet<string>(StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        Scan(html, " href=\"", value => hrefs.Add(pool.GetOrAdd(value, value)));
        Scan(html, " src=\"", value => hrefs.Add(pool.GetOrAdd(value, value)));
        Scan(html, " id=\"", value => ids.Add(value));
        return new PageLinks(path, sourcePath, hrefs.Order(StringComparer.Ordinal).ToArray(), ids);
    }

    private static void Scan(string html, string attribute, Action<string> found)
    {
        for (var at = html.IndexOf(attribute, StringComparison.Ordinal); at >= 0; at = html.IndexOf(attribute, at, StringComparison.Ordinal))
        {
            at += attribute.Length;
            var end = html.IndexOf('"', at);
            if (end < 0) return;
            var raw = html[at..end];
            found(raw.Contains('&') ? WebUtility.HtmlDecode(raw) : raw);
            at = end;
        }
    }
}
