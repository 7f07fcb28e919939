using Briefing.Diagnostics;

namespace Briefing.Model;

/// <summary>
/// A link or image in a Markdown body that the link check judges (a relative or root-relative URL), kept with where
/// it was written so a broken one is reported there rather than at the top of the file.
/// </summary>
/// <param name="Href">The URL as the built page has it (Markdig's escaping of what was written, entities decoded): what the link check reports.</param>
/// <param name="At">Where the link starts in the input file.</param>
/// <param name="File">The input <c>.md</c> file the link names, while it is not yet (or cannot be) resolved to that file's page.</param>
public sealed record MarkdownLink(string Href, SourceLocation At, MarkdownFileTarget? File = null);
