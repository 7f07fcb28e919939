namespace Briefing.Building;

/// <summary>How a build treats warnings, how many threads it uses (null: all cores), and where it reports stage timings.</summary>
public sealed record BuildOptions(bool Strict = false, TextWriter? Timings = null, int? Parallelism = null)
{
    /// <summary>The number of threads the parallel stages use.</summary>
    public int Threads => Parallelism ?? Environment.ProcessorCount;
}
