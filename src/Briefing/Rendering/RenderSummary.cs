using Briefing.Checking;

namespace Briefing.Rendering;

/// <summary>What rendering leaves for the check stage: each page's links and ids, and every output path.</summary>
public sealed record RenderSummary(IReadOnlyList<PageLinks> Pages, IReadOnlySet<string> Files);
