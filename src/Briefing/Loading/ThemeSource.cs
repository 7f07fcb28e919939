namespace Briefing.Loading;

/// <summary>
/// Where a build's theme comes from: a folder on disk, or the default theme embedded in this library from the
/// repository's <c>theme/</c> folder at compile time, so a site needs no theme folder of its own.
/// </summary>
public static class ThemeSource
{
    /// <summary>The start of every embedded theme file's resource name, as set in Briefing.csproj.</summary>
    public const string ResourcePrefix = "Briefing.Theme/";

    private static readonly Lazy<IReadOnlyList<InputFile>> LazyEmbedded = new(ReadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The theme's files: every file under <paramref name="folder"/>, or the embedded default theme when it is null.</summary>
    public static IReadOnlyList<InputFile> Files(string? folder) => folder is null ? Embedded : FolderReader.Read(folder);

    /// <summary>The embedded default theme, paths as in the theme folder (<c>pages/home.html</c>), in ordinal path order.</summary>
    public static IReadOnlyList<InputFile> Embedded => LazyEmbedded.Value;

    private static IReadOnlyList<InputFile> ReadEmbedded()
    {
        var assembly = typeof(ThemeSource).Assembly;
        var files = new List<InputFile>();
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith(ResourcePrefix, StringComparison.Ordinal)) continue;
            using var stream = assembly.GetManifestResourceStream(name)!;
            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            files.Add(new InputFile(name[ResourcePrefix.Length..].Replace('\\', '/'), bytes));
        }

        if (files.Count == 0)
            throw new InvalidOperationException($"no embedded theme resources ('{ResourcePrefix}…') in the Briefing assembly");
        return files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList().AsReadOnly();
    }
}
