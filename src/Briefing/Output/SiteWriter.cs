using Briefing.Rendering;

namespace Briefing.Output;

/// <summary>
/// The write stage, all or nothing: the site is written into a fresh sibling folder, then swapped in with
/// two renames, so a failed or interrupted build never leaves a half-written site.
/// </summary>
public static class SiteWriter
{
    /// <summary>Replaces <paramref name="outputFolder"/> with exactly <paramref name="files"/>.</summary>
    public static void Write(string outputFolder, IReadOnlyList<RenderedPage> files)
    {
        var target = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(target) ?? throw new IOException($"cannot write the site to {target}");
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(target);
        var staging = Path.Combine(parent, $".{name}.new-{Environment.ProcessId}");
        var previous = Path.Combine(parent, $".{name}.old-{Environment.ProcessId}");
        try
        {
            DeleteIfPresent(staging);
            foreach (var file in files)
            {
                var path = Path.Combine(staging, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Bytes);
            }

            Directory.CreateDirectory(staging);
            if (Directory.Exists(target)) Directory.Move(target, previous);
            Directory.Move(staging, target);
            DeleteIfPresent(previous);
        }
        catch
        {
            DeleteIfPresent(staging);
            if (!Directory.Exists(target) && Directory.Exists(previous)) Directory.Move(previous, target);
            throw;
        }
    }

    private static void DeleteIfPresent(string folder)
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
