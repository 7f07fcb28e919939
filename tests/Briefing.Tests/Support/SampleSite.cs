using Briefing.Building;
using Briefing.Loading;

namespace Briefing.Tests.Support;

/// <summary>The repository's sample site (input/) built with its theme, with search as <c>briefing build</c> makes it, optionally under another base URL.</summary>
public static class SampleSite
{
    /// <summary>Builds input/ with theme/; <paramref name="baseUrl"/> replaces site.yml's base_url when given.</summary>
    public static BuildResult Build(string? baseUrl = null)
    {
        var input = FolderReader.Read(Repository.Input).ToList();
        if (baseUrl is not null)
        {
            var index = input.FindIndex(f => f.Path == "site.yml");
            var text = System.Text.Encoding.UTF8.GetString(input[index].Bytes);
            var lines = text.Split('\n').Select(l => l.StartsWith("base_url:", StringComparison.Ordinal) ? $"base_url: {baseUrl}" : l);
            input[index] = new InputFile("site.yml", System.Text.Encoding.UTF8.GetBytes(string.Join('\n', lines)));
        }

        return SiteBuilder.Build(input, FolderReader.Read(Repository.Theme), new BuildOptions(Strict: true) { Search = true });
    }
}
