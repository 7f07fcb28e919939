using Briefing.Diagnostics;

namespace Briefing.Model;

/// <summary>Where a briefing's facts come from.</summary>
public sealed record SourceEntry(string Name, string? Url, PartialDate? Date, SourceLocation At);
