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
    SourceLocation At)
{
    /// <summary>The organisations it speaks for or is about (version 2).</summary>
    public IReadOnlyList<Reference> Organisations { get; init; } = [];

    /// <summary>What is known to be wrong with it (version 2); <see cref="QuoteStatus.None"/> when it stands.</summary>
    public QuoteStatus Status { get; init; }

    /// <summary>Why it has its <see cref="Status"/>, shown with it.</summary>
    public string? StatusNote { get; init; }

    /// <summary>The status as written: <c>disputed</c>, <c>misattributed</c>, <c>retracted</c>, or null.</summary>
    public string? StatusName => Status == QuoteStatus.None ? null : Status.ToString().ToLowerInvariant();
}
