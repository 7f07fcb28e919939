namespace Briefing.Languages;

/// <summary>A language the generator can name: its ISO 639 code, English name and the direction its usual script runs.</summary>
public sealed record Language(string Code, string Name, bool RightToLeft);
