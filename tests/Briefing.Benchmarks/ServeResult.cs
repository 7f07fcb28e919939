namespace Briefing.Benchmarks;

/// <summary>
/// The serve benchmark at one corpus size: the full builds it compares start-up with (Hugo's null when it was not
/// run), <c>briefing check</c>'s times (null when the CLI has no check command), and each server's measures
/// (<see cref="Hugo"/> with <c>--disableFastRender</c>, <see cref="HugoFastRender"/> in Hugo's default mode).
/// </summary>
public sealed record ServeResult(
    int Briefings,
    IReadOnlyList<double> OurBuildMs,
    IReadOnlyList<double>? HugoBuildMs,
    IReadOnlyList<double>? CheckMs,
    ServerMeasures Ours,
    ServerMeasures? Hugo,
    ServerMeasures? HugoFastRender);
