using Briefing.Diagnostics;
using Briefing.Model;
using System.Globalization;
using System.Text;
using Briefing.Text;
using Markdig;

namespace Briefing.Markdown;

/// <summary>Parses a Markdown body, checks its links, and renders it to HTML that is safe to publish.</summary>
public static class MarkdownRenderer
{
    [ThreadStatic]
    private static StringWriter? Writer;

    /// <summary>Renders <paramref name="body"/>, which starts on line <paramref name="firstLine"/> of <paramref name="path"/>.</summary>
    public static MarkdownContent Render(string body, string path, int firstLine, DiagnosticBag diagnostics)
    {
        var pipeline = MarkdownPipelineFactory.Pipeline;
        try
        {
            var document = Markdig.Markdown.Parse(body, pipeline);
            LinkSchemeChecker.Check(document, path, firstLine, diagnostics);
            var links = MarkdownLinks.Collect(document, path, firstLine);
            // Markdig renders through renderers it pools per pipeline, so none is built per document; the HTML goes
            // into this thread's writer and from there straight to UTF-8, with no string of it in between.
            var prose = ProseRuns.Collect(document);
            var writer = Writer ??= new StringWriter(new StringBuilder(16 * 1024), CultureInfo.InvariantCulture);
            writer.GetStringBuilder().Clear();
            document.ToHtml(writer, pipeline);
            var (runs, paragraphs) = ProseRuns.Finish(prose, writer.GetStringBuilder());
            var html = Utf8Text.Encode(writer.GetStringBuilder());
            // Links to other .md files keep the URL written here until the link stage knows every file's page.
            var fileHrefs = links.Any(l => l.File is not null) ? MarkdownLinks.FindFileHrefs(html, links) : [];
            return new MarkdownContent(html, PlainText.FirstParagraph(document)) { Links = links, FileHrefs = fileHrefs, TextRuns = runs, Paragraphs = paragraphs };
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
