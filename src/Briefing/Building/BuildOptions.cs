namespace Briefing.Building;

/// <summary>How a build treats its diagnostics.</summary>
public sealed record BuildOptions(bool Strict = false);
