using System.Globalization;
using System.Text;

namespace Briefing.Benchmarks;

/// <summary>The Markdown table the benchmark prints: one row per corpus size.</summary>
public static class ResultTable
{
    private const string Missing = "–";

    /// <summary>The header and separator lines; <paramref name="related"/> adds the Hugo-with-related columns.</summary>
    public static string Header(bool related)
    {
        var columns = new List<string>
        {
            "N", "ours median s", "Hugo median s", "ratio (ours/Hugo)", "ours peak RSS MB", "Hugo peak RSS MB",
            "RSS ratio", "our pages/s", "Hugo pages/s", "ours CPU s", "Hugo CPU s", "CPU ratio", "ours largest page", "Hugo largest page",
        };
        if (related) columns.AddRange(["Hugo+related median s", "ratio (ours/Hugo+related)"]);
        return Line(columns) + "\n" + Line(columns.Select(_ => "--:"));
    }

    /// <summary>One row; Hugo's cells are a dash when it was not run.</summary>
    public static string Row(SizeResult result, bool related)
    {
        var ours = result.Ours;
        var hugo = result.Hugo;
        var cells = new List<string>
        {
            result.Briefings.ToString("N0", CultureInfo.InvariantCulture),
            Seconds(ours.MedianSeconds),
            hugo is null ? Missing : Seconds(hugo.MedianSeconds),
            hugo is null ? Missing : Ratio(ours.MedianSeconds / hugo.MedianSeconds),
            Whole(ours.PeakRssMiB),
            hugo is null ? Missing : Whole(hugo.PeakRssMiB),
            hugo is null ? Missing : Ratio(ours.PeakRssMiB / hugo.PeakRssMiB),
            Whole(ours.PagesPerSecond),
            hugo is null ? Missing : Whole(hugo.PagesPerSecond),
            Seconds(ours.MedianCpuSeconds),
            hugo is null ? Missing : Seconds(hugo.MedianCpuSeconds),
            hugo is null ? Missing : Ratio(ours.MedianCpuSeconds / hugo.MedianCpuSeconds),
            Cell(Page(ours.Built)),
            hugo is null ? Missing : Cell(Page(hugo.Built)),
        };
        if (related)
        {
            var withRelated = result.HugoRelated;
            cells.Add(withRelated is null ? Missing : Seconds(withRelated.MedianSeconds));
            cells.Add(withRelated is null ? Missing : Ratio(ours.MedianSeconds / withRelated.MedianSeconds));
        }

        return Line(cells);
    }

    /// <summary>
    /// How our time grows from each size to the next (the 100,000 target is a multiple of the 10,000
    /// time), one line per pair of sizes, by median wall time.
    /// </summary>
    public static IEnumerable<string> Scaling(IReadOnlyList<SizeResult> results)
    {
        var sorted = results.OrderBy(r => r.Briefings).ToList();
        for (var i = 1; i < sorted.Count; i++)
        {
            var (small, large) = (sorted[i - 1], sorted[i]);
            var cpu = small.Ours.MedianCpuSeconds > 0
                ? string.Create(CultureInfo.InvariantCulture, $", {large.Ours.MedianCpuSeconds / small.Ours.MedianCpuSeconds:F2} × the CPU time")
                : "";
            yield return string.Create(CultureInfo.InvariantCulture,
                $"ours at {large.Briefings:N0} took {large.Ours.MedianSeconds / small.Ours.MedianSeconds:F2} × the time at {small.Briefings:N0}{cpu} ({(double)large.Briefings / small.Briefings:0.##} × the briefings)");
        }
    }

    /// <summary>The largest page's size and its site-relative path, e.g. <c>1.84 MB timeline/index.html</c>.</summary>
    public static string Page(BuiltPages built) => built.Count == 0 ? "no pages" : $"{Bytes(built.LargestBytes)} {built.LargestPath}";

    /// <summary>A size in KB when it shows as under 1,000 KB, else in MB, both binary (KiB, MiB) as the RSS columns are.</summary>
    public static string Bytes(long bytes) => Math.Round(bytes / 1024.0, 1) < 1000
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:F1} KB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):F2} MB");

    // A path is the one cell text a generator chose; a '|' in it would end the cell.
    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    private static string Line(IEnumerable<string> cells) => new StringBuilder("| ").AppendJoin(" | ", cells).Append(" |").ToString();

    private static string Seconds(double s) => s.ToString(s < 1 ? "F3" : "F2", CultureInfo.InvariantCulture);

    private static string Ratio(double r) => r.ToString("F2", CultureInfo.InvariantCulture);

    private static string Whole(double value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
