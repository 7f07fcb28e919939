using System.Text;
using Briefing.Building;
using Briefing.Loading;

namespace Briefing.Tests.Support;

/// <summary>
/// A whole small site in one string of <c>-- path --</c> sections, built in memory with the repository's theme
/// (Hugo's integration-test habit). A section whose path starts with <c>theme/</c> replaces that theme file.
/// </summary>
public static class TestSite
{
    /// <summary>A site.yml most tests can start from.</summary>
    public const string SiteYml = """
        -- site.yml --
        title: Test Briefings
        base_url: https://example.org/
        """;

    private static readonly Lazy<IReadOnlyList<InputFile>> RepositoryTheme = new(() => FolderReader.Read(Repository.Theme));

    /// <summary>Builds <paramref name="sections"/>; <see cref="SiteYml"/> is added unless the text has its own site.yml.</summary>
    public static SiteResult Build(string sections, bool strict = false) => Build(sections, new BuildOptions(strict));

    /// <summary>Builds <paramref name="sections"/> with <paramref name="options"/>.</summary>
    public static SiteResult Build(string sections, BuildOptions options)
    {
        var (input, theme) = Files(sections);
        return new SiteResult(SiteBuilder.Build(input, theme, options));
    }

    /// <summary>The input files of <paramref name="sections"/> and the repository's theme with its <c>theme/</c> sections in place.</summary>
    public static (IReadOnlyList<InputFile> Input, IReadOnlyList<InputFile> Theme) Files(string sections)
    {
        var files = Parse(sections.Contains("-- site.yml --", StringComparison.Ordinal) ? sections : SiteYml + "\n" + sections);
        var theme = RepositoryTheme.Value.ToDictionary(f => f.Path, StringComparer.Ordinal);
        foreach (var f in files.Where(f => f.Path.StartsWith("theme/", StringComparison.Ordinal)))
            theme[f.Path["theme/".Length..]] = f.WithPath(f.Path["theme/".Length..]);
        return (files.Where(f => !f.Path.StartsWith("theme/", StringComparison.Ordinal)).ToList(), theme.Values.ToList());
    }

    /// <summary>Splits the <c>-- path --</c> text into files; text is UTF-8, a trailing newline is kept.</summary>
    public static IReadOnlyList<InputFile> Parse(string sections)
    {
        var files = new List<InputFile>();
        string? path = null;
        var body = new StringBuilder();
        var text = sections.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (text.EndsWith('\n')) text = text[..^1];
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal) && line.Length > 6)
            {
                Flush();
                path = line[3..^3];
                continue;
            }

            body.Append(line).Append('\n');
        }

        Flush();
        return files;

        void Flush()
        {
            if (path is not null) files.Add(new InputFile(path, Encoding.UTF8.GetBytes(body.ToString())));
            body.Clear();
        }
    }
}
