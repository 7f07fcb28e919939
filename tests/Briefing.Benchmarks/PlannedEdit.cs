namespace Briefing.Benchmarks;

/// <summary>A briefing file's new text, and the country whose page must show the change (the first in its new list).</summary>
public sealed record PlannedEdit(string Text, string FirstCountry);
