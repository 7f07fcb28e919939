namespace Briefing.Cli;

/// <summary>
/// Which theme a command uses: the <c>--theme</c> folder when given; otherwise a folder named <c>theme</c> in the
/// working folder, as <c>--theme</c> always defaulted to, so a theme exported there (or a site that kept its own)
/// is used without saying so; otherwise the default theme built into the tool.
/// </summary>
public static class ThemeFolder
{
    /// <summary>The folder looked for in the working folder when <c>--theme</c> is not given.</summary>
    public const string DefaultName = "theme";

    /// <summary>The theme folder to read, or null for the embedded default theme (see <see cref="Briefing.Loading.ThemeSource.Files"/>).</summary>
    public static string? Choose(string? option, string workingFolder)
    {
        if (option is not null) return option;
        var local = Path.Combine(workingFolder, DefaultName);
        return Directory.Exists(local) ? local : null;
    }
}
