namespace Briefing.Model;

/// <summary>A correction or update note shown on a briefing.</summary>
public sealed record UpdateEntry(PartialDate Date, string Note);
