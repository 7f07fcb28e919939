using System.Globalization;
using System.Runtime.InteropServices;
using Briefing.Benchmarks;

if (args.Any(a => a is "--help" or "-h"))
{
    Console.Out.Write(BenchmarkOptions.Usage);
    return 0;
}

var options = BenchmarkOptions.Parse(args, out var usageError);
if (options is null)
{
    Console.Error.WriteLine($"benchmark: {usageError}");
    Console.Error.Write(BenchmarkOptions.Usage);
    return 2;
}

var log = Console.Error;
try
{
    var repository = RepositoryLocator.Find();
    var theme = Path.Combine(repository, "theme");
    Directory.CreateDirectory(options.WorkFolder);

    var hugo = options.Hugo ? HugoLocator.Find() : null;
    if (options.Hugo && hugo is null)
        log.WriteLine("benchmark: hugo is not on PATH, so only ours is timed; run tests/Briefing.Benchmarks/setup.sh to install it");
    var hugoVersion = hugo is null ? "not run" : HugoLocator.Version(hugo);

    var loadBefore = MachineLoad.Now();
    var cli = CliPublisher.Publish(repository, options.WorkFolder, log);
    if (options.Serve)
    {
        var served = new List<(ServeResult, IReadOnlyList<string>)>();
        foreach (var size in options.Sizes)
        {
            var corpus = CorpusCache.Ensure(options.WorkFolder, size, options.Seed, hugo is not null, log);
            served.Add(ServeBenchmark.Run(new ServeSetup(repository, cli, theme, hugo, corpus, size, options.Runs, options.Edits,
                TimeSpan.FromSeconds(options.EditTimeoutSeconds)), log));
        }

        ServeReport.Write(Console.Out, options, hugoVersion, loadBefore, MachineLoad.Now(), served);
        return 0;
    }

    string[] searchOff = options.Search ? [] : ["--no-search"];
    var sizes = new List<SizeCommands>();
    foreach (var size in options.Sizes)
    {
        var corpus = CorpusCache.Ensure(options.WorkFolder, size, options.Seed, hugo is not null, log);
        var commands = new List<GeneratorCommand>
        {
            new("ours", cli, output => ["build", "--input", corpus.Input, "--theme", theme, "--output", output, ..searchOff]),
        };
        if (hugo is not null)
        {
            commands.Add(new("hugo", hugo, output => ["--quiet", "--source", corpus.Hugo, "--destination", output]));
            if (options.HugoRelated)
            {
                commands.Add(new("hugo-related", hugo, output =>
                    ["--quiet", "--source", corpus.Hugo, "--destination", output, "--environment", HugoTemplates.RelatedEnvironment]));
            }
        }

        sizes.Add(new SizeCommands(size.ToString(CultureInfo.InvariantCulture), corpus, commands));
    }

    var timed = SizeBenchmark.Run(sizes, options.Runs, repository, options.OutputFolder, log);
    var results = options.Sizes.Select((size, i) => new SizeResult(size, timed[i][0], timed[i].ElementAtOrDefault(1), timed[i].ElementAtOrDefault(2))).ToList();

    var sample = SampleSiteBenchmark.Run(repository, cli, options.WorkFolder, 5, searchOff, log);

    var output = Console.Out;
    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"briefing build vs Hugo: seed {options.Seed}, {options.Runs} runs each, search {(options.Search ? "on (Pagefind)" : "off (--no-search)")}, {Environment.ProcessorCount} cores, " +
        $"{RuntimeInformation.FrameworkDescription}, {hugoVersion}; builds write to {options.OutputFolder ?? options.WorkFolder}; " +
        $"load average {loadBefore} before, {MachineLoad.Now()} after"));
    output.WriteLine();
    output.WriteLine(ResultTable.Header(options.HugoRelated));
    foreach (var result in results) output.WriteLine(ResultTable.Row(result, options.HugoRelated));
    output.WriteLine();
    foreach (var line in ResultTable.Scaling(results)) output.WriteLine(line);
    foreach (var result in results)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"N={result.Briefings}: pages ours {Pages(result.Ours)}{(result.Hugo is null ? "" : $", Hugo {Pages(result.Hugo)}")}; " +
            $"stderr lines ours {result.Ours.Warnings.Count}{(result.Hugo is null ? "" : $", Hugo {result.Hugo.Warnings.Count}")}"));
        foreach (var runs in new[] { result.Ours, result.Hugo, result.HugoRelated }.OfType<GeneratorRuns>())
        {
            foreach (var line in runs.Warnings.Take(5)) output.WriteLine($"  {runs.Name}: {line}");
        }
    }

    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"Sample site (input/, {sample.Pages} pages, {ResultTable.Bytes(sample.Built.TotalBytes)} of HTML, largest {ResultTable.Page(sample.Built)}): median {sample.MedianSeconds:F3} s over {sample.Runs.Count} runs, peak RSS {sample.PeakRssMiB:F0} MB"));
    return 0;
}
catch (BenchmarkFailureException e)
{
    Console.Error.WriteLine($"benchmark: {e.Message}");
    return 1;
}

static string Pages(GeneratorRuns runs) => string.Create(CultureInfo.InvariantCulture, $"{runs.Pages} ({ResultTable.Bytes(runs.Built.TotalBytes)} of HTML)");
