using System.Text;

namespace Briefing.Model;

/// <summary>
/// A Markdown body rendered to safe HTML, with its first paragraph as plain text. The HTML is kept as UTF-8,
/// half the memory of a string, because every body of the site is held from parsing until its page is rendered.
/// </summary>
public sealed record MarkdownContent(byte[] HtmlUtf8, string FirstParagraph)
{
    /// <summary>Content from HTML text.</summary>
    public MarkdownContent(string html, string firstParagraph) : this(Encoding.UTF8.GetBytes(html), firstParagraph)
    {
    }

    /// <summary>True when the body rendered to nothing.</summary>
    public bool IsEmpty => HtmlUtf8.Length == 0;

    /// <summary>The body's links and images that the link check judges, in the order written.</summary>
    public IReadOnlyList<MarkdownLink> Links { get; init; } = [];

    /// <summary>
    /// Where <see cref="HtmlUtf8"/> holds the URL of a link to another <c>.md</c> file, written as the author wrote
    /// it until the link stage resolves it (see <see cref="Markdown.FileLinkResolver"/>); empty after that.
    /// </summary>
    public IReadOnlyList<FileHref> FileHrefs { get; init; } = [];

    /// <summary>
    /// The body's prose as it sits in <see cref="HtmlUtf8"/> (text outside headings, links, images and code), in
    /// document order, so the link stage can link mentions without parsing again; empty after that.
    /// </summary>
    public IReadOnlyList<TextRun> TextRuns { get; init; } = [];

    /// <summary>The plain text of each block that has a <see cref="TextRun"/>, for the sentence around a mention.</summary>
    public IReadOnlyList<string> Paragraphs { get; init; } = [];
}

/// <summary>
/// One run of prose: <see cref="Length"/> bytes at <see cref="Offset"/> of the HTML hold, escaped for HTML
/// (<c>&amp;amp;</c> for <c>&amp;</c> and so on), the <see cref="TextLength"/> characters at <see cref="At"/> of
/// paragraph <see cref="Paragraph"/> (the text is kept once, in the paragraph).
/// </summary>
public readonly record struct TextRun(int Offset, int Length, int Paragraph, int At, int TextLength);
