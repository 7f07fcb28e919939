namespace Briefing.Benchmarks;

/// <summary>Times <c>briefing build</c> on the repository's sample site, <c>input/</c>: start-up dominates there.</summary>
public static class SampleSiteBenchmark
{
    /// <summary>
    /// Builds the sample site <paramref name="runs"/> times, each into a fresh folder, with <paramref name="searchOff"/>
    /// (empty, or <c>--no-search</c>) after the other arguments, and returns the runs.
    /// </summary>
    public static GeneratorRuns Run(string repository, string cli, string workFolder, int runs, IReadOnlyList<string> searchOff, TextWriter log)
    {
        var root = Path.Combine(workFolder, "sample");
        Directory.CreateDirectory(root);
        var command = new GeneratorCommand("ours", cli, output =>
            ["build", "--input", Path.Combine(repository, "input"), "--theme", Path.Combine(repository, "theme"), "--output", output, ..searchOff]);
        var corpus = new CorpusFolders(root, Path.Combine(repository, "input"), "");
        return SizeBenchmark.Run([new SizeCommands("sample", corpus, [command])], runs, repository, null, log)[0][0];
    }
}
