using Briefing.Diagnostics;
using Briefing.Rendering;

namespace Briefing.Building;

/// <summary>What a build produced: every diagnostic, sorted, and how many files went to the sink (the in-memory overload keeps them in <see cref="Files"/>).</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int FileCount, IReadOnlyList<RenderedPage> Files)
{
    /// <summary>Every output path of the site, once its pages were rendered (also the pages an incremental build kept without handing them on).</summary>
    public IReadOnlySet<string> Paths { get; init; } = new HashSet<string>();

    /// <summary>The path of <c>base_url</c> the site is published under (<c>/</c>, <c>/news/</c>), once site.yml was read.</summary>
    public string? BasePath { get; init; }

    /// <summary>True when the pages were made for a search index (asked for, and the theme has a search page).</summary>
    public bool Search { get; init; }

    /// <summary>True when there is no error and the files may be published.</summary>
    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);
}
