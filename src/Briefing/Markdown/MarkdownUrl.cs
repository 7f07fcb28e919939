using System.Globalization;
using System.Net;
using Markdig.Renderers;

namespace Briefing.Markdown;

/// <summary>
/// A URL as Markdig writes it into an <c>href</c> or <c>src</c> attribute (percent-escaped, then HTML-escaped), so the
/// generator's own URLs in a body are written exactly as the author's are, and each link can be found again in the
/// rendered HTML and in the link check's report.
/// </summary>
public static class MarkdownUrl
{
    // Markdig's own escaping, through a renderer that only ever escapes: a rented renderer writes a body's links
    // with the same defaults (no BaseUrl, no LinkRewriter, non-ASCII escaped).
    [ThreadStatic]
    private static (StringWriter Writer, HtmlRenderer Renderer)? Escaper;

    /// <summary>The attribute text Markdig writes for <paramref name="url"/>.</summary>
    public static string Attribute(string url)
    {
        var (writer, renderer) = Escaper ??= NewEscaper();
        writer.GetStringBuilder().Clear();
        renderer.WriteEscapeUrl(url);
        return writer.ToString();
    }

    /// <summary>The href a built page has for <paramref name="url"/> once its attribute is read back (entities decoded).</summary>
    public static string Href(string url)
    {
        var attribute = Attribute(url);
        return attribute.Contains('&') ? WebUtility.HtmlDecode(attribute) : attribute;
    }

    private static (StringWriter, HtmlRenderer) NewEscaper()
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        return (writer, new HtmlRenderer(writer));
    }
}
