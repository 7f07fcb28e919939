namespace Briefing.Benchmarks;

/// <summary>One child process: wall time, peak resident memory, and what it wrote to standard error.</summary>
public sealed record MeasuredRun(double Seconds, double PeakRssMiB, string StandardError);
