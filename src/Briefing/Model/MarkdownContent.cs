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
}
