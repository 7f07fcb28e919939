using Briefing.Diagnostics;
using Briefing.Model;
using Markdig;

namespace Briefing.Markdown;

/// <summary>Parses a Markdown body, checks its links, and renders it to HTML that is safe to publish.</summary>
public static class MarkdownRenderer
{
    /// <summary>Renders <paramref name="body"/>, which starts on line <paramref name="firstLine"/> of <paramref name="path"/>.</summary>
    public static MarkdownContent Render(string body, string path, int firstLine, DiagnosticBag diagnostics)
    {
        var pipeline = MarkdownPipelineFactory.Pipeline;
        try
        {
            var document = Markdig.Markdown.Parse(body, pipeline);
            LinkSchemeChecker.Check(document, path, firstLine, diagnostics);
            // Markdig renders through renderers it pools per pipeline, so none is built per document.
            return new MarkdownContent(document.ToHtml(pipeline), PlainText.FirstParagraph(document));
        }
        catch (ArgumentException)
        {
            // Markdig refuses absurd nesting (thousands of '>', list levels or '*') with an ArgumentException,
            // while parsing or while rendering.
            diagnostics.Error(DiagnosticCodes.TooDeep, new SourceLocation(path, firstLine, 1),
                "the Markdown is nested too deeply (quotes, lists or emphasis inside each other); flatten it");
            return new MarkdownContent("", "");
        }
    }
}
