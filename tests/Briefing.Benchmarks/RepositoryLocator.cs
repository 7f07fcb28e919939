namespace Briefing.Benchmarks;

/// <summary>Finds the repository root (the folder holding <c>Briefing.sln</c>) from the current folder or the program's.</summary>
public static class RepositoryLocator
{
    /// <summary>The repository root, or a failure saying to run from inside the repository.</summary>
    public static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "Briefing.sln"))) return folder.FullName;
            }
        }

        throw new BenchmarkFailureException("could not find Briefing.sln above the current folder; run from inside the repository");
    }
}
