using Briefing.Benchmarks;

namespace Briefing.Tests.Benchmarks;

public sealed class ServeOptionsTests
{
    [Fact]
    public void Serve_as_the_first_argument_or_as_an_option_times_the_servers_at_10000_by_default()
    {
        foreach (string[] args in (string[][])[["serve"], ["--serve"], ["--runs", "2", "--serve"]])
        {
            var options = BenchmarkOptions.Parse(args, out var error);
            Assert.Null(error);
            Assert.True(options!.Serve);
            Assert.Equal([10000], options.Sizes);
            Assert.Equal(20, options.Edits);
            Assert.Equal(60, options.EditTimeoutSeconds);
        }
    }

    [Fact]
    public void Sizes_edits_and_the_timeout_can_be_given()
    {
        var options = BenchmarkOptions.Parse(["serve", "--sizes", "1000", "--edits", "5", "--edit-timeout", "30"], out _)!;
        Assert.Equal([1000], options.Sizes);
        Assert.Equal((5, 30), (options.Edits, options.EditTimeoutSeconds));
    }

    [Fact]
    public void Without_serve_the_builds_are_timed_at_both_default_sizes()
    {
        var options = BenchmarkOptions.Parse([], out _)!;
        Assert.False(options.Serve);
        Assert.Equal([1000, 10000], options.Sizes);
    }

    [Fact]
    public void Search_is_on_unless_no_search_is_given_which_is_for_builds_only()
    {
        Assert.True(BenchmarkOptions.Parse([], out _)!.Search);
        Assert.False(BenchmarkOptions.Parse(["--sizes", "100000", "--no-search"], out _)!.Search);
        Assert.Null(BenchmarkOptions.Parse(["serve", "--no-search"], out var serve));
        Assert.Equal("--no-search times builds only; leave it out with --serve", serve);
    }

    [Fact]
    public void Serve_is_only_understood_first_and_related_content_is_for_builds()
    {
        Assert.Null(BenchmarkOptions.Parse(["--runs", "2", "serve"], out var misplaced));
        Assert.Equal("unknown option 'serve'", misplaced);
        Assert.Null(BenchmarkOptions.Parse(["serve", "--hugo-related"], out var related));
        Assert.Equal("--hugo-related times builds only; leave it out with --serve", related);
        Assert.Null(BenchmarkOptions.Parse(["serve", "--edits", "0"], out var zero));
        Assert.Equal("'0' is not a positive whole number", zero);
    }
}
