using Briefing.Diagnostics;

namespace Briefing.Model;

/// <summary>An attributed statement as written in a briefing's front matter.</summary>
public sealed record QuoteEntry(
    Reference By,
    string Text,
    PartialDate? Date,
    string? Context,
    string? OriginalLanguage,
    string? OriginalText,
    Reference? Source,
    SourceLocation At);
