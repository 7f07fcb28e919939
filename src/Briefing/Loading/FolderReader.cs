namespace Briefing.Loading;

/// <summary>Lists every file below a folder, in ordinal path order, skipping hidden files and folders; contents are read later.</summary>
public static class FolderReader
{
    /// <summary>All files under <paramref name="root"/> with paths relative to it.</summary>
    public static IReadOnlyList<InputFile> Read(string root)
    {
        var full = Path.GetFullPath(root);
        return new DirectoryInfo(full).EnumerateFiles("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden })
            .Select(f => (Path: Path.GetRelativePath(full, f.FullName).Replace('\\', '/'), File: f))
            .Where(p => !p.Path.Split('/').Any(part => part.StartsWith('.')))
            .OrderBy(p => p.Path, StringComparer.Ordinal)
            .Select(p => InputFile.OnDisk(p.Path, p.File.FullName, (p.File.Length, p.File.LastWriteTimeUtc.Ticks)))
            .ToList();
    }
}
