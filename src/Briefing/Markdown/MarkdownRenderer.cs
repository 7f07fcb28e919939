using Briefing.Diagnostics;
using Briefing.Model;
using Markdig.Renderers;

namespace Briefing.Markdown;

/// <summary>Parses a Markdown body, checks its links, and renders it to HTML that is safe to publish.</summary>
public static class MarkdownRenderer
{
    /// <summary>Renders <paramref name="body"/>, which starts on line <paramref name="firstLine"/> of <paramref name="path"/>.</summary>
    public static MarkdownContent Render(string body, string path, int firstLine, DiagnosticBag diagnostics)
    {
        var pipeline = MarkdownPipelineFactory.Pipeline;
        var document = Markdig.Markdown.Parse(body, pipeline);
        LinkSchemeChecker.Check(document, path, firstLine, diagnostics);
        using var writer = new StringWriter { NewLine = "\n" };
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return new MarkdownContent(writer.ToString(), PlainText.FirstParagraph(document));
    }
}
