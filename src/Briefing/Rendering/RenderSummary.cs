using Briefing.Checking;

namespace Briefing.Rendering;

/// <summary>
/// What rendering leaves for the check stage: each page's links and ids, and every output path; and how often
/// partials' output was reused (see <see cref="FragmentCache"/>) and where the time went, by kind of page; for an
/// incremental build, each page's record; and the fingerprint of each generated file (feeds, sitemap, robots.txt).
/// </summary>
public sealed record RenderSummary(IReadOnlyList<PageLinks> Pages, IReadOnlySet<string> Files, FragmentCounts Fragments, IReadOnlyList<PageKindTime> Kinds,
    IReadOnlyDictionary<string, Building.PageRecord>? Records = null, IReadOnlyDictionary<string, UInt128>? Generated = null);

/// <summary>
/// One kind of page (<c>briefing</c>, <c>country</c>, ...): how many were rendered, the time spent rendering, checking
/// and handing them on (summed over the render threads, so it can exceed the stage's wall time), and their bytes.
/// </summary>
public sealed record PageKindTime(string Kind, int Pages, TimeSpan Time, long Bytes);

/// <summary>Includes answered from the <see cref="FragmentCache"/>, includes rendered, and the UTF-8 bytes kept.</summary>
public readonly record struct FragmentCounts(long Reused, long Rendered, long KeptBytes);
