using Briefing.Building;
using Briefing.Cli;
using Briefing.Loading;
using Briefing.Tests.Support;

namespace Briefing.Tests.Cli;

public sealed class ThemeCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("briefing-theme-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void The_built_in_theme_is_the_repositorys_theme_folder_byte_for_byte()
    {
        var folder = FolderReader.Read(Repository.Theme);
        Assert.Equal(folder.Select(f => f.Path), ThemeSource.Embedded.Select(f => f.Path));
        foreach (var (disk, embedded) in folder.Zip(ThemeSource.Embedded))
            Assert.True(disk.Bytes.AsSpan().SequenceEqual(embedded.Bytes), $"{disk.Path} differs: rebuild, or check the EmbeddedResource items in Briefing.csproj");
        Assert.Contains(ThemeSource.Embedded, f => f.Path == "layouts/base.html");
        Assert.Contains(ThemeSource.Embedded, f => f.Path == "assets/style.css");
    }

    [Fact]
    public void The_sample_site_built_with_the_built_in_theme_equals_the_build_with_the_theme_folder()
    {
        var input = FolderReader.Read(Repository.Input);
        var fromFolder = SiteBuilder.Build(input, ThemeSource.Files(Repository.Theme), new BuildOptions(Strict: true));
        var embedded = SiteBuilder.Build(input, ThemeSource.Files(null), new BuildOptions(Strict: true));
        Assert.True(embedded.Succeeded, string.Join("\n", embedded.Diagnostics));
        SiteAssert.SameFiles(fromFolder, embedded, "between the theme folder and the built-in theme");
    }

    [Fact]
    public void Export_writes_every_file_of_the_built_in_theme()
    {
        var target = Path.Combine(_root, "my-theme");
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        Assert.Equal(0, ThemeCommand.Export(target, stdout, stderr));
        Assert.Equal("", stderr.ToString());
        Assert.Equal($"briefing: wrote the {ThemeSource.Embedded.Count} files of the built-in theme to {target}; build with it: briefing build --theme {target}\n", stdout.ToString());
        var written = FolderReader.Read(target);
        Assert.Equal(ThemeSource.Embedded.Select(f => f.Path), written.Select(f => f.Path));
        foreach (var (theirs, ours) in ThemeSource.Embedded.Zip(written))
            Assert.True(theirs.Bytes.AsSpan().SequenceEqual(ours.Bytes), theirs.Path);
    }

    [Fact]
    public void Export_refuses_to_overwrite_naming_each_file_that_exists_and_writes_nothing()
    {
        var target = Path.Combine(_root, "my-theme");
        Directory.CreateDirectory(Path.Combine(target, "pages"));
        Directory.CreateDirectory(Path.Combine(target, "notes"));
        File.WriteAllText(Path.Combine(target, "pages", "home.html"), "mine");
        File.WriteAllText(Path.Combine(target, "notes", "todo.txt"), "not the theme's");
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        Assert.Equal(1, ThemeCommand.Export(target, stdout, stderr));
        Assert.Equal("", stdout.ToString());
        Assert.Equal(
            $"briefing: {Path.Combine(target, "pages", "home.html")} already exists\n" +
            "briefing: nothing was written; briefing never overwrites a file (move it away, or choose another name or folder)\n", stderr.ToString());
        Assert.Equal(["notes/todo.txt", "pages/home.html"], FolderReader.Read(target).Select(f => f.Path));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(target, "pages", "home.html")));
    }

    [Fact]
    public void Without_theme_a_theme_folder_in_the_working_folder_is_used_else_the_built_in_theme()
    {
        Assert.Equal("elsewhere", ThemeFolder.Choose("elsewhere", _root));
        Assert.Null(ThemeFolder.Choose(null, _root));
        Directory.CreateDirectory(Path.Combine(_root, "theme"));
        Assert.Equal(Path.Combine(_root, "theme"), ThemeFolder.Choose(null, _root));
        Assert.Equal("elsewhere", ThemeFolder.Choose("elsewhere", _root));
    }

    [Fact]
    public void An_exported_and_edited_theme_is_what_the_build_uses()
    {
        var target = Path.Combine(_root, "my-theme");
        Assert.Equal(0, ThemeCommand.Export(target, TextWriter.Null, TextWriter.Null));
        File.AppendAllText(Path.Combine(target, "assets", "style.css"), "/* edited */\n");
        var site = Path.Combine(_root, "site");
        Assert.Equal(0, NewCommand.Site(site, TimeProvider.System, TextWriter.Null, TextWriter.Null));
        var stderr = new StringWriter();
        Assert.Equal(0, BuildCommand.Run(Path.Combine(site, "input"), target, Path.Combine(site, "_site"), true, TextWriter.Null, stderr));
        Assert.Equal("", stderr.ToString());
        Assert.EndsWith("/* edited */\n", File.ReadAllText(Path.Combine(site, "_site", "assets", "style.css")));
    }
}
