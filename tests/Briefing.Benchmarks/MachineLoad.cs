namespace Briefing.Benchmarks;

/// <summary>The Linux load averages, printed with the results: other builds on the machine skew every timing.</summary>
public static class MachineLoad
{
    /// <summary>The 1, 5 and 15 minute load averages from <c>/proc/loadavg</c>, or "unknown".</summary>
    public static string Now() => File.Exists("/proc/loadavg")
        ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3))
        : "unknown";
}
