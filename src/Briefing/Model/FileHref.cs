namespace Briefing.Model;

/// <summary>
/// Where the rendered HTML of a Markdown body holds the URL of a link to another <c>.md</c> file: the byte offset and
/// length of the attribute's text, and the index of the link in <see cref="MarkdownContent.Links"/>.
/// </summary>
public readonly record struct FileHref(int Offset, int Length, int Link);
