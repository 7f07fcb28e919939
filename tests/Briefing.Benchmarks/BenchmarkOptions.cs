using System.Globalization;

namespace Briefing.Benchmarks;

/// <summary>
/// The command line: which corpus sizes, how many runs, which seed, where to work, whether to run Hugo, whether our
/// builds index for search, and whether to time the builds or (<c>--serve</c>) the preview servers with
/// <see cref="Edits"/> edits of each kind.
/// </summary>
public sealed record BenchmarkOptions(IReadOnlyList<int> Sizes, int Runs, int Seed, string WorkFolder, bool Hugo, bool HugoRelated, string? OutputFolder = null)
{
    /// <summary>Time <c>briefing serve</c> against <c>hugo server</c> instead of the builds.</summary>
    public bool Serve { get; init; }

    /// <summary>Whether our builds run Pagefind; <c>--no-search</c> passes <c>--no-search</c> to <c>briefing build</c>.</summary>
    public bool Search { get; init; } = true;

    /// <summary>With <see cref="Serve"/>: edits of each kind (a title; countries or date) made on each server.</summary>
    public int Edits { get; init; } = 20;

    /// <summary>With <see cref="Serve"/>: how long an edit may take to be served before it counts as failed.</summary>
    public int EditTimeoutSeconds { get; init; } = 60;

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
          --no-search       build ours with `briefing build --no-search`: no Pagefind index, whose time and memory
                            grow with the pages and dominate at 100000; the first line says whether search was on
          --serve           (or `serve` as the first argument) time `briefing serve` against `hugo server` instead:
                            start-up, edits served, and `briefing check`; sizes default to 10000, --runs counts
                            start-ups and builds
          --edits N         with --serve: edits of each kind per server (default 20)
          --edit-timeout S  with --serve: seconds an edit may take to be served before it counts as failed (default 60)
        """;

    /// <summary>Parses <paramref name="args"/>; on a usage error returns null and sets <paramref name="error"/>.</summary>
    public static BenchmarkOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        var options = new BenchmarkOptions([1000, 10000], 3, 1, Path.Combine(RepositoryLocator.Find(), ".bench"), true, false)
        {
            Serve = args.Count > 0 && args[0] == "serve",
        };
        error = null;
        var sizesGiven = false;
        for (var i = args.Count > 0 && args[0] == "serve" ? 1 : 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new FormatException($"{name} needs a value");
            try
            {
                options = name switch
                {
                    "--sizes" => options with { Sizes = Value().Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Positive).ToList() },
                    "--serve" => options with { Serve = true },
                    "--edits" => options with { Edits = Positive(Value()) },
                    "--edit-timeout" => options with { EditTimeoutSeconds = Positive(Value()) },
                    "--runs" => options with { Runs = Positive(Value()) },
                    "--seed" => options with { Seed = int.Parse(Value(), NumberStyles.Integer, CultureInfo.InvariantCulture) },
                    "--work" => options with { WorkFolder = Path.GetFullPath(Value()) },
                    "--out" => options with { OutputFolder = Path.GetFullPath(Value()) },
                    "--no-hugo" => options with { Hugo = false },
                    "--hugo-related" => options with { HugoRelated = true },
                    "--no-search" => options with { Search = false },
                    _ => throw new FormatException($"unknown option '{name}'"),
                };
                sizesGiven |= name == "--sizes";
            }
            catch (FormatException e)
            {
                error = e.Message;
                return null;
            }
        }

        // The servers' targets are set at 10,000 briefings; 1,000 is the quick check, asked for with --sizes.
        if (options.Serve && !sizesGiven) options = options with { Sizes = [10000] };
        if (options.Sizes.Count == 0) error = "--sizes needs at least one size";
        if (options.HugoRelated && !options.Hugo) error = "--hugo-related and --no-hugo exclude each other";
        if (options.HugoRelated && options.Serve) error = "--hugo-related times builds only; leave it out with --serve";
        if (!options.Search && options.Serve) error = "--no-search times builds only; leave it out with --serve";
        return error is null ? options : null;
    }

    private static int Positive(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new FormatException($"'{text}' is not a positive whole number");
}
