using Briefing.Benchmarks;

namespace Briefing.Tests.Benchmarks;

public sealed class ResultTableTests
{
    private static SizeResult Size(int briefings, params double[] seconds) =>
        new(briefings, new GeneratorRuns("ours", seconds.Select(s => new MeasuredRun(s, 100, "")).ToList(), briefings), null, null);

    [Fact]
    public void Scaling_compares_median_times_of_each_size_with_the_next()
    {
        var lines = ResultTable.Scaling([Size(100_000, 70, 66, 80), Size(10_000, 6, 5, 7)]).ToList();
        Assert.Equal(["ours at 100,000 took 11.67 × the time at 10,000 (10 × the briefings)"], lines);
    }

    [Fact]
    public void One_size_has_nothing_to_compare()
    {
        Assert.Empty(ResultTable.Scaling([Size(1_000, 1)]));
    }
}
