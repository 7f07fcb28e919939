namespace Briefing.Tests.Support;

/// <summary>Finds the repository's folders from the test's run folder.</summary>
public static class Repository
{
    /// <summary>The folder holding Briefing.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The repository's theme folder.</summary>
    public static string Theme => Path.Combine(Root, "theme");

    /// <summary>The sample site.</summary>
    public static string Input => Path.Combine(Root, "input");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Briefing.sln"))) return dir.FullName;
        throw new InvalidOperationException("Briefing.sln not found above " + AppContext.BaseDirectory);
    }
}
