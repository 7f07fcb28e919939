using System.Globalization;

namespace Briefing.Benchmarks;

/// <summary>The command line: which corpus sizes, how many runs, which seed, where to work, whether to run Hugo.</summary>
public sealed record BenchmarkOptions(IReadOnlyList<int> Sizes, int Runs, int Seed, string WorkFolder, bool Hugo, bool HugoRelated, string? OutputFolder = null)
{
    /// <summary>The usage text printed by <c>--help</c> and after a usage error.</summary>
    public const string Usage = """
        usage: dotnet run -c Release --project tests/Briefing.Benchmarks -- [options]
          --sizes N,N,...   corpus sizes in briefings (default 1000,10000; 100000 only when asked)
          --runs N          timed builds per generator and size (default 3)
          --seed N          corpus seed (default 1)
          --work DIR        corpora, the published CLI and outputs (default .bench/ in the repository, git-ignored)
          --out DIR         where the timed builds write (default: beside each corpus in the work folder); a tmpfs
                            such as /dev/shm/bench times the generators without the disk's file-creation cost
          --no-hugo         time only `briefing build`
          --hugo-related    also time Hugo with related content on every briefing page (extra column)
        """;

    /// <summary>Parses <paramref name="args"/>; on a usage error returns null and sets <paramref name="error"/>.</summary>
    public static BenchmarkOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        var options = new BenchmarkOptions([1000, 10000], 3, 1, Path.Combine(RepositoryLocator.Find(), ".bench"), true, false);
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new FormatException($"{args[i]} needs a value");
            try
            {
                options = args[i] switch
                {
                    "--sizes" => options with { Sizes = Value().Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Positive).ToList() },
                    "--runs" => options with { Runs = Positive(Value()) },
                    "--seed" => options with { Seed = int.Parse(Value(), NumberStyles.Integer, CultureInfo.InvariantCulture) },
                    "--work" => options with { WorkFolder = Path.GetFullPath(Value()) },
                    "--out" => options with { OutputFolder = Path.GetFullPath(Value()) },
                    "--no-hugo" => options with { Hugo = false },
                    "--hugo-related" => options with { HugoRelated = true },
                    _ => throw new FormatException($"unknown option '{args[i]}'"),
                };
            }
            catch (FormatException e)
            {
                error = e.Message;
                return null;
            }
        }

        if (options.Sizes.Count == 0) error = "--sizes needs at least one size";
        if (options.HugoRelated && !options.Hugo) error = "--hugo-related and --no-hugo exclude each other";
        return error is null ? options : null;
    }

    private static int Positive(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new FormatException($"'{text}' is not a positive whole number");
}
