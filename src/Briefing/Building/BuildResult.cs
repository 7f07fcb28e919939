using Briefing.Diagnostics;
using Briefing.Rendering;

namespace Briefing.Building;

/// <summary>What a build produced: the files to write (empty on error) and every diagnostic, sorted.</summary>
public sealed record BuildResult(IReadOnlyList<RenderedPage> Files, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when there is no error and the files may be written.</summary>
    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);
}
