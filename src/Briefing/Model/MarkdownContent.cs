namespace Briefing.Model;

/// <summary>A Markdown body rendered to safe HTML, with its first paragraph as plain text.</summary>
public sealed record MarkdownContent(string Html, string FirstParagraph);
