namespace Briefing.Loading;

/// <summary>Lists every file below a folder, in ordinal path order, skipping hidden files and folders; contents are read later.</summary>
public static class FolderReader
{
    /// <summary>All files under <paramref name="root"/> with paths relative to it.</summary>
    public static IReadOnlyList<InputFile> Read(string root)
    {
        var full = Path.GetFullPath(root);
        return Directory.EnumerateFiles(full, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden })
            .Select(p => Path.GetRelativePath(full, p).Replace('\\', '/'))
            .Where(p => !p.Split('/').Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal)
            .Select(p => InputFile.OnDisk(p, Path.Combine(full, p)))
            .ToList();
    }
}
