namespace Briefing.Model;

/// <summary>
/// What a Markdown link to another input file names: the file's path relative to the input folder
/// (<c>briefings/2024/x.md</c>) and what followed it in the link, kept as written (<c>#fragment</c>, <c>?query</c>).
/// </summary>
public sealed record MarkdownFileTarget(string Path, string Suffix);
