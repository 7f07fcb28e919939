namespace Briefing.Benchmarks;

/// <summary>A step of the benchmark failed (a build exited non-zero, a tool is missing); the run stops with its message.</summary>
public sealed class BenchmarkFailureException(string message) : Exception(message);
