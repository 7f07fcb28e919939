namespace Briefing.Benchmarks;

/// <summary>
/// What one preview server did: milliseconds from each start to its ready line, and from each edit's save to both
/// pages served with the change (null for an edit that timed out), split by kind of edit.
/// </summary>
public sealed record ServerMeasures(string Name, IReadOnlyList<double> StartUpMs, IReadOnlyList<double?> TitleEditMs, IReadOnlyList<double?> StructureEditMs)
{
    /// <summary>Edits of either kind that were not served within the timeout.</summary>
    public int Failed => TitleEditMs.Concat(StructureEditMs).Count(ms => ms is null);

    /// <summary>Edits of either kind.</summary>
    public int Edits => TitleEditMs.Count + StructureEditMs.Count;

    /// <summary>The median of the edits that were served; null when none was.</summary>
    public static double? MedianServed(IReadOnlyList<double?> edits)
    {
        var served = edits.OfType<double>().ToList();
        return served.Count == 0 ? null : GeneratorRuns.Median(served);
    }
}
