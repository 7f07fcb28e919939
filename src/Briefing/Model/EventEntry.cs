using Briefing.Diagnostics;

namespace Briefing.Model;

/// <summary>A dated happening as written in a briefing's front matter.</summary>
public sealed record EventEntry(
    PartialDate Date,
    PartialDate? End,
    string Title,
    IReadOnlyList<Reference>? Countries,
    IReadOnlyList<Reference> People,
    Reference? Source,
    SourceLocation At)
{
    /// <summary>The organisations that took part (version 2).</summary>
    public IReadOnlyList<Reference> Organisations { get; init; } = [];
}
