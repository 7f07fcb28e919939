using Briefing.Cli.Search;

namespace Briefing.Tests.Search;

/// <summary>
/// The Pagefind install the search tests share: one cache folder under the temporary folder, not the user's, kept
/// between runs so Pagefind is installed once (the first test to need it installs it; the others, in parallel, meet
/// the install-and-rename that keeps concurrent installs apart).
/// </summary>
public static class SearchCache
{
    /// <summary>The shared cache folder.</summary>
    public static string Folder { get; } = Path.Combine(Path.GetTempPath(), "briefing-tests-cache");

    /// <summary>
    /// Points this test process at the shared cache. Only the search tests ask for Pagefind, and all of them want
    /// this folder, so setting it for the whole process races with nothing.
    /// </summary>
    public static void Use()
    {
        Environment.SetEnvironmentVariable(PagefindTool.CacheVariable, Folder);
        Environment.SetEnvironmentVariable(PagefindTool.BinaryVariable, null);
    }
}
