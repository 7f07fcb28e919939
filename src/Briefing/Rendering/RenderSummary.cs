using Briefing.Checking;

namespace Briefing.Rendering;

/// <summary>
/// What rendering leaves for the check stage: each page's links and ids, and every output path; and how often
/// partials' output was reused (see <see cref="FragmentCache"/>).
/// </summary>
public sealed record RenderSummary(IReadOnlyList<PageLinks> Pages, IReadOnlySet<string> Files, FragmentCounts Fragments);

/// <summary>Includes answered from the <see cref="FragmentCache"/>, fragments rendered and kept, and the UTF-8 bytes kept.</summary>
public readonly record struct FragmentCounts(long Reused, long Rendered, long KeptBytes);
