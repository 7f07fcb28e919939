using System.CommandLine;
using Briefing.Loading;

namespace Briefing.Cli;

/// <summary><c>briefing theme export DIR</c>: a copy of the built-in theme to start a custom theme from.</summary>
public static class ThemeCommand
{
    /// <summary>The <c>theme</c> command and its subcommands.</summary>
    public static Command Create()
    {
        var folder = new Argument<string>("folder") { Description = "Folder to write the theme into; it may exist, but none of the theme's files may." };
        var export = new Command("export", "Write the built-in theme's layouts, pages, partials and assets to a folder, to edit and build with --theme. Never overwrites a file.")
        {
            folder,
        };
        export.SetAction(result => Export(result.GetValue(folder)!, Console.Out, Console.Error));
        return new Command("theme", "Work with themes.") { export };
    }

    /// <summary>Writes every file of the embedded theme under <paramref name="folder"/>; exit 1 (nothing written) if any of them exists.</summary>
    public static int Export(string folder, TextWriter output, TextWriter error)
    {
        var files = ThemeSource.Embedded.Select(f => (f.Path, f.Bytes)).ToList();
        if (!NewFiles.Write(folder, files, error)) return ExitCodes.InputErrors;

        var here = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) == Path.Combine(Environment.CurrentDirectory, ThemeFolder.DefaultName);
        var use = here
            ? "builds from this folder use it" : $"build with it: briefing build --theme {folder}";
        output.WriteLine($"briefing: wrote the {files.Count} files of the built-in theme to {folder}; {use}");
        return ExitCodes.Built;
    }
}
