namespace Briefing.Model;

/// <summary>An authored country introduction; <see cref="Code"/> is the file name (ISO alpha-2, lower case).</summary>
public sealed record ParsedCountryFile(string Path, string Code, IReadOnlyList<Reference> Aliases, MarkdownContent Body);
