namespace Briefing.Progress;

/// <summary>Where a build is: the stage running (<c>parse</c>, <c>render</c>, …) and how many of its items are done; <see cref="Total"/> is 0 when the stage does not count them.</summary>
public readonly record struct BuildProgress(string Stage, int Done, int Total);
