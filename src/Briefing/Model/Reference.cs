using Briefing.Diagnostics;

namespace Briefing.Model;

/// <summary>A reference to a country or person as the author wrote it, with where they wrote it.</summary>
public sealed record Reference(string Text, SourceLocation At);
