using Briefing.Benchmarks;

namespace Briefing.Tests.Benchmarks;

public sealed class ServeTableTests
{
    private static ServerMeasures Server(string name, double[] startUps, double?[] titles, double?[] structures) => new(name, startUps, titles, structures);

    private static ServeResult Result(IReadOnlyList<double>? checks, bool hugo = true) => new(
        10_000,
        [5_000, 4_000, 6_000],
        hugo ? [20_000, 21_000, 19_000] : null,
        checks,
        Server("ours", [5_500, 4_500, 6_500], [90, 110, 100], [150, null, 250]),
        hugo ? Server("hugo", [21_000, 22_000, 20_000], [10_000, 12_000, 11_000], [15_000, 14_000, 13_000]) : null,
        hugo ? Server("hugo-fast", [21_000, 21_000, 21_000], [150, 250, 200], [400, 600, 500]) : null);

    [Fact]
    public void The_header_names_ours_hugo_and_hugos_fast_render_mode_with_their_ratios_and_the_targets()
    {
        var lines = ServeTable.Header().Split('\n');
        Assert.Equal("| measure | ours median ms | hugo median ms | ratio (ours/hugo) | hugo fast-render median ms | ratio (ours/fast) | target | ours against target |", lines[0]);
        Assert.Equal("| --- | --: | --: | --: | --: | --: | --- | --- |", lines[1]);
    }

    [Fact]
    public void Rows_show_medians_ratios_and_each_target_met_or_missed()
    {
        Assert.Equal(
        [
            "| full build into tmpfs (`briefing build`, `hugo`) | 5,000 | 20,000 | 0.25 | – | – | – | – |",
            "| start-up: process start to the ready line | 5,500 | 21,000 | 0.26 | 21,000 | 0.26 | ≤ 1.20 × our full build | 1.10 × build (met) |",
            "| title edited: save to its page and its country's page served | 100 | 11,000 | 0.009 | 200 | 0.50 | ≤ 200 ms and ≤ 0.50 × hugo | 100 ms (met); 0.009 × hugo (met); 0.50 × fast render (met) |",
            // The edit that timed out is left out of the median (of 150 and 250) and counted below.
            "| countries or date edited: save to its page and its new first country's page served | 200 | 14,000 | 0.01 | 500 | 0.40 | ≤ 400 ms | 200 ms (met) |",
            "| edits not served within 30 s | 1 of 6 | 0 of 6 | – | 0 of 6 | – | none | 1 of 6 (missed) |",
            "| `briefing check` (ours only) | 3,000 | – | – | – | – | ≤ 0.70 × our full build | 0.60 × build (met) |",
        ], ServeTable.Rows(Result([3_000, 2_500, 3_500]), 30));
    }

    [Fact]
    public void Without_a_check_command_the_row_says_so()
    {
        Assert.Equal("| `briefing check` (ours only) | check: not available | – | – | – | – | ≤ 0.70 × our full build | – |", ServeTable.Rows(Result(null), 30)[^1]);
    }

    [Fact]
    public void Without_Hugo_its_cells_are_dashes_and_only_our_own_targets_are_judged()
    {
        var rows = ServeTable.Rows(Result(null, hugo: false), 30);
        Assert.Equal("| full build into tmpfs (`briefing build`, `hugo`) | 5,000 | – | – | – | – | – | – |", rows[0]);
        Assert.Equal("| title edited: save to its page and its country's page served | 100 | – | – | – | – | ≤ 200 ms and ≤ 0.50 × hugo | 100 ms (met) |", rows[2]);
    }

    [Fact]
    public void Targets_are_missed_when_our_figures_are_over_them()
    {
        var slow = Result(null) with { Ours = Server("ours", [7_000], [300], [null]) };
        var rows = ServeTable.Rows(slow, 60);
        Assert.EndsWith("| 1.40 × build (missed) |", rows[1], StringComparison.Ordinal);
        Assert.EndsWith("| 300 ms (missed); 0.03 × hugo (met); 1.50 × fast render (missed) |", rows[2], StringComparison.Ordinal);
        Assert.Equal("| countries or date edited: save to its page and its new first country's page served | failed | 14,000 | – | 500 | – | ≤ 400 ms | – |", rows[3]);
    }
}
