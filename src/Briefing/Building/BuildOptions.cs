using Briefing.Graph;
using Briefing.Progress;

namespace Briefing.Building;

/// <summary>How a build treats warnings, how many threads it uses (null: all cores), and where it reports stage timings.</summary>
public sealed record BuildOptions(bool Strict = false, TextWriter? Timings = null, int? Parallelism = null)
{
    /// <summary>The number of threads the parallel stages use.</summary>
    public int Threads => Parallelism ?? Environment.ProcessorCount;

    /// <summary>
    /// Largest page written (512 MiB): a runaway template stops here. The quote index of a 100,000-briefing site
    /// is about 110 MiB; tests set a small limit to see the error.
    /// </summary>
    public int MaxPageBytes { get; init; } = 512 * 1024 * 1024;

    /// <summary>
    /// Bytes of partials' output (UTF-8) kept for reuse (default 256 MiB, enough for every quote, event and card of
    /// a 100,000-briefing site): each is rendered once and copied onto every page that shows it. 0 renders every
    /// include (tests compare the two).
    /// </summary>
    public long FragmentBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Check every page's links at the end (the preview server checks them after it has served the pages).</summary>
    public bool LinkCheck { get; init; } = true;

    /// <summary>
    /// The site will get a search index (the command line runs Pagefind over the written site): pages show a search
    /// field and a <c>search/</c> page is made. The library itself never indexes, so the in-memory build stays disk-free.
    /// </summary>
    public bool Search { get; init; }

    /// <summary>
    /// Warn about every quote and event without a <c>source</c> (what <c>briefing check</c> asks for); a build reports
    /// only those site.yml's <c>require_sources</c> makes errors, so an unsourced site builds without noise.
    /// </summary>
    public bool SourcingWarnings { get; init; }

    /// <summary>Publish drafts too (the preview server's <c>--drafts</c>); a build leaves them out.</summary>
    public bool Drafts { get; init; }

    /// <summary>
    /// The build day (the command line's today or <c>--as-of</c>; the library never reads the clock): a briefing dated
    /// after it is scheduled and treated as <see cref="Future"/> says. Null: no briefing is scheduled.
    /// </summary>
    public DateOnly? Today { get; init; }

    /// <summary>What happens to briefings dated after <see cref="Today"/>: left out (a build), published (<c>--future</c>) or published and marked (the preview server).</summary>
    public FutureBriefings Future { get; init; }

    /// <summary>
    /// Told which stage runs and how far it is (null: nobody listens). The parallel stages call it from their
    /// threads, so it must be thread-safe and quick; <see cref="System.Progress{T}"/> is not suitable (it posts
    /// each report to the thread pool, so they arrive late and out of order).
    /// </summary>
    public IProgress<BuildProgress>? Progress { get; init; }
}
