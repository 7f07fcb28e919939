using Briefing.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefing.Markdown;

/// <summary>Rejects links and images that could run script or smuggle data: only http, https, mailto and relative URLs pass.</summary>
public static class LinkSchemeChecker
{
    /// <summary>Reports every unsafe link in <paramref name="document"/> at its position in the original file.</summary>
    public static void Check(MarkdownDocument document, string path, int firstLine, DiagnosticBag diagnostics)
    {
        foreach (var inline in document.Descendants<Inline>())
        {
            var (url, what) = inline switch
            {
                LinkInline link => (link.Url, link.IsImage ? "image" : "link"),
                AutolinkInline auto when !auto.IsEmail => (auto.Url, "link"),
                _ => (null, ""),
            };
            if (url is null || IsAllowed(url)) continue;
            diagnostics.Error(DiagnosticCodes.UnsafeLink, new SourceLocation(path, firstLine + inline.Line, inline.Column + 1),
                $"{what} to '{Shorten(url)}' is not allowed: use an http, https or mailto URL, or a relative path");
        }
    }

    /// <summary>True for http, https and mailto URLs and for relative references.</summary>
    public static bool IsAllowed(string url)
    {
        var scheme = SchemeOf(url);
        return scheme is null or "http" or "https" or "mailto";
    }

    /// <summary>The lower-case scheme of <paramref name="url"/> as a browser would see it, or null for a relative reference.</summary>
    public static string? SchemeOf(string url)
    {
        // Browsers drop ASCII tabs, newlines and leading controls or spaces before reading the scheme.
        var cleaned = new string(url.Where(c => c > ' ' && c != '\u007f').ToArray());
        var colon = cleaned.IndexOf(':');
        if (colon <= 0) return null;
        var head = cleaned[..colon];
        if (head.IndexOfAny(['/', '?', '#']) >= 0) return null;
        return head.ToLowerInvariant();
    }

    private static string Shorten(string url) => url.Length <= 60 ? url : url[..57] + "...";
}
