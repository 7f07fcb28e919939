using Briefing.Diagnostics;

namespace Briefing.Model;

/// <summary>
/// A reference to a country or person as the author wrote it, with where they wrote it. A value, not an object:
/// every briefing holds several until the site is written, and the garbage collector has fewer objects to trace.
/// </summary>
public readonly record struct Reference(string Text, SourceLocation At);
