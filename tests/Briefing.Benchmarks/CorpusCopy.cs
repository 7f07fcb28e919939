namespace Briefing.Benchmarks;

/// <summary>
/// A throw-away copy of a corpus on a tmpfs (<c>/dev/shm</c> when there is one) for the serve benchmark to edit, so
/// the cached corpus stays as generated: our input, Hugo's site once per Hugo server, and room for the timed builds.
/// Disposing deletes it.
/// </summary>
public sealed class CorpusCopy : IDisposable
{
    private CorpusCopy(string root) => Root = root;

    /// <summary>The folder holding every copy.</summary>
    public string Root { get; }

    /// <summary>Our input folder's copy.</summary>
    public string Input => Path.Combine(Root, "input");

    /// <summary>The copy of Hugo's site named <paramref name="name"/>.</summary>
    public string Hugo(string name) => Path.Combine(Root, name);

    /// <summary>Copies <paramref name="corpus"/>'s input, and its Hugo site once under each of <paramref name="hugoCopies"/>.</summary>
    public static CorpusCopy Create(CorpusFolders corpus, IReadOnlyList<string> hugoCopies)
    {
        var tmpfs = Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath();
        var copy = new CorpusCopy(Path.Combine(tmpfs, $"briefing-serve-bench-{Environment.ProcessId}"));
        if (Directory.Exists(copy.Root)) Directory.Delete(copy.Root, recursive: true);
        CopyFolder(corpus.Input, copy.Input);
        foreach (var name in hugoCopies) CopyFolder(corpus.Hugo, copy.Hugo(name));
        return copy;
    }

    /// <summary>Deletes the copies.</summary>
    public void Dispose()
    {
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
