using Briefing.Rendering;

namespace Briefing.Output;

/// <summary>Writes pages already in memory to an output folder, all or nothing (see <see cref="StagingFolder"/>).</summary>
public static class SiteWriter
{
    /// <summary>Replaces <paramref name="outputFolder"/> with exactly <paramref name="files"/>.</summary>
    public static void Write(string outputFolder, IReadOnlyList<RenderedPage> files)
    {
        using var staging = new StagingFolder(outputFolder);
        foreach (var file in files) staging.Write(file.Path, file.Bytes, file.SourcePath);
        staging.Commit();
    }
}
