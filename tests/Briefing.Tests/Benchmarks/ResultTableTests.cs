using Briefing.Benchmarks;

namespace Briefing.Tests.Benchmarks;

public sealed class ResultTableTests
{
    private static SizeResult Size(int briefings, params double[] seconds) =>
        new(briefings, new GeneratorRuns("ours", seconds.Select(s => new MeasuredRun(s, 100, "")).ToList(), new BuiltPages(briefings, 0, "", 0)), null, null);

    [Fact]
    public void Scaling_compares_median_times_of_each_size_with_the_next()
    {
        var lines = ResultTable.Scaling([Size(100_000, 70, 66, 80), Size(10_000, 6, 5, 7)]).ToList();
        Assert.Equal(["ours at 100,000 took 11.67 × the time at 10,000 (10 × the briefings)"], lines);
    }

    [Fact]
    public void Scaling_also_compares_median_CPU_times_when_they_were_measured()
    {
        static SizeResult Timed(int briefings, params (double Wall, double Cpu)[] runs) =>
            new(briefings, new GeneratorRuns("ours", runs.Select(r => new MeasuredRun(r.Wall, 100, "", r.Cpu)).ToList(), new BuiltPages(briefings, 0, "", 0)), null, null);
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            // Whatever the machine's culture (here one that writes 11,00), the figures are written the same way.
            var comma = (System.Globalization.CultureInfo)System.Globalization.CultureInfo.InvariantCulture.Clone();
            comma.NumberFormat.NumberDecimalSeparator = ",";
            System.Globalization.CultureInfo.CurrentCulture = comma;
            var lines = ResultTable.Scaling([Timed(10_000, (6, 10), (5, 9), (7, 12)), Timed(100_000, (70, 110), (66, 100), (80, 120))]).ToList();
            Assert.Equal(["ours at 100,000 took 11.67 × the time at 10,000, 11.00 × the CPU time (10 × the briefings)"], lines);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void One_size_has_nothing_to_compare()
    {
        Assert.Empty(ResultTable.Scaling([Size(1_000, 1)]));
    }

    [Fact]
    public void A_row_shows_median_wall_and_CPU_times_and_their_ratios_to_Hugo()
    {
        static GeneratorRuns Runs(string name, params (double Wall, double Cpu, double Rss)[] runs) =>
            new(name, runs.Select(r => new MeasuredRun(r.Wall, r.Rss, "", r.Cpu)).ToList(), new BuiltPages(1_200, 9_000_000, "timeline/index.html", 1_929_380));
        var result = new SizeResult(1_000, Runs("ours", (1, 1.5, 80), (2, 3.5, 90), (3, 2.5, 85)), Runs("hugo", (4, 9, 200), (5, 10, 210), (6, 11, 190)), null);
        var header = ResultTable.Header(related: false).Split('\n')[0];
        Assert.Contains("| ours CPU s | Hugo CPU s | CPU ratio |", header);
        Assert.Equal("| 1,000 | 2.00 | 5.00 | 0.40 | 90 | 210 | 0.43 | 600 | 240 | 2.50 | 10.00 | 0.25 | 1.84 MB timeline/index.html | 1.84 MB timeline/index.html |",
            ResultTable.Row(result, related: false));
    }

    [Fact]
    public void The_largest_page_of_each_generator_is_shown_with_its_size_and_path_and_a_dash_for_Hugo_not_run()
    {
        var ours = new GeneratorRuns("ours", [new MeasuredRun(1, 80, "")], new BuiltPages(12, 40_000, "quotes/index.html", 13_000));
        var hugo = new GeneratorRuns("hugo", [new MeasuredRun(1, 80, "")], new BuiltPages(12, 30_000, "a|b/index.html", 2_621_440));
        var header = ResultTable.Header(related: false).Split('\n');
        Assert.EndsWith("| ours largest page | Hugo largest page |", header[0]);
        Assert.Equal(header[0].Count(c => c == '|'), header[1].Count(c => c == '|'));

        Assert.EndsWith("| 12.7 KB quotes/index.html | – |", ResultTable.Row(new SizeResult(1_000, ours, null, null), related: false));
        // A '|' in a path would end the cell, so it is escaped.
        Assert.EndsWith("| 12.7 KB quotes/index.html | 2.50 MB a\\|b/index.html |", ResultTable.Row(new SizeResult(1_000, ours, hugo, null), related: false));
    }

    [Fact]
    public void Sizes_are_in_KB_under_1000_KB_and_in_MB_from_there()
    {
        Assert.Equal(["0.0 KB", "1.0 KB", "999.9 KB", "0.98 MB", "1.00 MB", "1.84 MB"],
            new long[] { 0, 1024, 1_023_948, 1_023_949, 1024 * 1024, 1_929_380 }.Select(ResultTable.Bytes).ToList());
    }
}
