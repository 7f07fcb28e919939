namespace Briefing.Benchmarks;

/// <summary>One child process: wall time, peak resident memory, CPU time (user + system), and what it wrote to standard error.</summary>
public sealed record MeasuredRun(double Seconds, double PeakRssMiB, string StandardError, double CpuSeconds = 0);
