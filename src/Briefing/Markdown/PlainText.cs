using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Briefing.Markdown;

/// <summary>The reader-visible text of a Markdown paragraph, for summaries and meta descriptions.</summary>
public static class PlainText
{
    /// <summary>The text of the document's first paragraph, whitespace collapsed; empty when there is none.</summary>
    public static string FirstParagraph(MarkdownDocument document)
    {
        var paragraph = document.OfType<ParagraphBlock>().FirstOrDefault();
        if (paragraph?.Inline is null) return "";
        var sb = new StringBuilder();
        Append(paragraph.Inline, sb);
        return string.Join(' ', sb.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static void Append(ContainerInline container, StringBuilder sb)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal: sb.Append(literal.Content); break;
                case CodeInline code: sb.Append(code.Content); break;
                case LineBreakInline: sb.Append(' '); break;
                case HtmlEntityInline entity: sb.Append(entity.Transcoded); break;
                case HtmlInline html: sb.Append(html.Tag); break;
                case AutolinkInline auto: sb.Append(auto.Url); break;
                case Markdig.Extensions.Footnotes.FootnoteLink: break;
                case ContainerInline child: Append(child, sb); break;
            }
        }
    }
}
