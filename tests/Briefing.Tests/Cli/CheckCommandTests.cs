using System.Diagnostics;
using System.Text.Json;
using Briefing.Cli;
using Briefing.Diagnostics;
using Briefing.Tests.Support;

namespace Briefing.Tests.Cli;

public sealed class CheckCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("briefing-check-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    // The site in `sections` (with TestSite's site.yml) written to <root>/input; paths print relative to <root>.
    private string Input(string sections) => Write(Path.Combine(_root, "input"), TestSite.Parse(TestSite.SiteYml + "\n" + sections));

    private static string Write(string folder, IEnumerable<Briefing.Loading.InputFile> files)
    {
        foreach (var file in files)
        {
            var path = Path.Combine(folder, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Bytes);
        }

        return folder;
    }

    private const string UnknownCountry = "-- briefings/a.md --\n---\ntitle: A\ndate: 2025-06-15\ncountries: [Azerbajan]\n---\nBody.\n";

    // A good briefing a, and b with a link to a.md (resolves) and a mistyped link to a's page (a warning).
    private const string BrokenLink = "-- briefings/a.md --\n---\ntitle: A\ndate: 2025-06-15\ncountries: [AZ]\n---\nBody.\n"
        + "-- briefings/b.md --\n---\ntitle: B\ndate: 2025-06-16\ncountries: [AZ]\n---\nSee [a](a.md) and [the other](/briefings/aa/).\n";

    private (int Code, string Out, string Err) Run(string input, DiagnosticFormat format, bool strict = false, string? theme = null)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = CheckCommand.Run(input, theme ?? Repository.Theme, format, strict, stdout, stderr, _root);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void A_good_site_exits_0_prints_no_diagnostic_and_writes_nothing()
    {
        var input = Input(BrokenLink.Replace("(/briefings/aa/)", "(/briefings/a/)", StringComparison.Ordinal));
        var (code, output, error) = Run(input, DiagnosticFormat.Text);
        Assert.Equal((0, ""), (code, output));
        Assert.Equal("briefing: no errors and 0 warnings; the site would build 34 files\n", error);
        Assert.Equal(["input"], Directory.GetFileSystemEntries(_root).Select(Path.GetFileName));
    }

    [Fact]
    public void An_event_without_a_source_is_a_warning_from_check_that_strict_makes_fail()
    {
        var input = Input("-- briefings/a.md --\n---\ntitle: A\ndate: 2025-06-15\ncountries: [AZ]\nevents:\n  - date: 2025-06-14\n    title: Talks open\n---\nBody.\n");
        const string warning = "briefings/a.md(6,5): warning BRF043: event 'Talks open' has no 'source'; add 'source:' with the name of one of the briefing's 'sources'\n";
        var (code, output, _) = Run(input, DiagnosticFormat.Text);
        Assert.Equal((0, warning), (code, output));
        Assert.NotEqual(0, Run(input, DiagnosticFormat.Text, strict: true).Code);
    }

    [Fact]
    public void Without_a_theme_folder_the_built_in_theme_is_checked()
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = CheckCommand.Run(Input(BrokenLink.Replace("(/briefings/aa/)", "(/briefings/a/)", StringComparison.Ordinal)), null, DiagnosticFormat.Text, false, stdout, stderr, _root);
        Assert.Equal((0, "", "briefing: no errors and 0 warnings; the site would build 34 files\n"), (code, stdout.ToString(), stderr.ToString()));
    }

    [Fact]
    public void Text_prints_what_build_prints_and_exits_1_on_an_error()
    {
        var input = Input(UnknownCountry);
        var (code, output, error) = Run(input, DiagnosticFormat.Text);
        Assert.Equal(1, code);
        Assert.Equal("briefings/a.md(4,13): error BRF012: unknown country 'Azerbajan'; did you mean 'Azerbaijan'?\n", output);
        Assert.Equal("briefing: 1 error and 0 warnings; the site would not build\n", error);
        Assert.Equal(["input"], Directory.GetFileSystemEntries(_root).Select(Path.GetFileName));
    }

    [Fact]
    public void GitHub_prints_an_annotation_for_an_error_of_the_spec_with_the_path_the_repository_sees()
    {
        var (code, output, _) = Run(Input(UnknownCountry), DiagnosticFormat.GitHub);
        Assert.Equal(1, code);
        Assert.Equal("::error file=input/briefings/a.md,line=4,col=13::BRF012: unknown country 'Azerbajan'; did you mean 'Azerbaijan'?\n", output);
    }

    [Fact]
    public void Json_prints_one_object_per_diagnostic_per_line()
    {
        var (code, output, _) = Run(Input(UnknownCountry), DiagnosticFormat.Json);
        Assert.Equal(1, code);
        Assert.Equal("""{"severity":"error","code":"BRF012","file":"input/briefings/a.md","line":4,"column":13,"message":"unknown country 'Azerbajan'; did you mean 'Azerbaijan'?"}""" + "\n", output);
    }

    [Fact]
    public void A_broken_link_is_a_warning_at_its_position_in_the_markdown_in_every_format_and_strict_makes_it_fail()
    {
        var input = Input(BrokenLink);
        const string message = "link '/briefings/aa/' on /briefings/b/index.html names no page or file; did you mean '/briefings/a/'?";
        Assert.Equal((0, $"briefings/b.md(6,19): warning BRF025: {message}\n"), Pick(Run(input, DiagnosticFormat.Text)));
        Assert.Equal((0, $"::warning file=input/briefings/b.md,line=6,col=19::BRF025: {message}\n"), Pick(Run(input, DiagnosticFormat.GitHub)));
        Assert.Equal((0, $$"""{"severity":"warning","code":"BRF025","file":"input/briefings/b.md","line":6,"column":19,"message":"{{message}}"}""" + "\n"),
            Pick(Run(input, DiagnosticFormat.Json)));
        Assert.Equal((1, $"::error file=input/briefings/b.md,line=6,col=19::BRF025: {message}\n"), Pick(Run(input, DiagnosticFormat.GitHub, strict: true)));
        Assert.Equal(["input"], Directory.GetFileSystemEntries(_root).Select(Path.GetFileName));

        static (int, string) Pick((int Code, string Out, string Err) run) => (run.Code, run.Out);
    }

    [Theory]
    [InlineData(UnknownCountry, false)]
    [InlineData(BrokenLink, false)]
    [InlineData(BrokenLink, true)]
    public void Check_reports_exactly_what_build_reports_with_the_same_exit_code(string sections, bool strict)
    {
        var input = Input(sections);
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var built = BuildCommand.Run(input, Repository.Theme, Path.Combine(_root, "_site"), strict, stdout, stderr);
        var (code, output, _) = Run(input, DiagnosticFormat.Text, strict);
        Assert.Equal(built, code);
        Assert.Equal(stderr.ToString().Split('\n').Where(l => l.Contains(": warning BRF", StringComparison.Ordinal) || l.Contains(": error BRF", StringComparison.Ordinal)),
            output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_theme_error_names_the_template_in_the_theme_folder()
    {
        var theme = Write(Path.Combine(_root, "my-theme"), Briefing.Loading.FolderReader.Read(Repository.Theme));
        File.WriteAllText(Path.Combine(theme, "pages", "briefing.html"), "{{ page.titel }}\n");
        var (code, output, _) = Run(Input(BrokenLink), DiagnosticFormat.Json, theme: theme);
        Assert.Equal(1, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.Equal(("BRF021", "my-theme/pages/briefing.html", 1, 9),
            (l.GetProperty("code").GetString(), l.GetProperty("file").GetString(), l.GetProperty("line").GetInt32(), l.GetProperty("column").GetInt32())));
    }

    [Fact]
    public void GitHub_annotations_escape_the_message_and_the_properties_as_the_runner_requires()
    {
        var printer = new DiagnosticPrinter(Path.Combine(_root, "in"), Path.Combine(_root, "theme"), _root);
        var output = new StringWriter();
        printer.Write([new Diagnostic(Severity.Warning, "BRF025", new SourceLocation("briefings/a,b:c%.md", 2, 3), "100% sure:\r\nnext, line")],
            DiagnosticFormat.GitHub, output);
        // A diagnostic's message never holds a raw line break (it shows one as \u000D\u000A): the annotation stays one line.
        Assert.Equal("::warning file=in/briefings/a%2Cb%3Ac%25.md,line=2,col=3::BRF025: 100%25 sure:\\u000D\\u000Anext, line\n", output.ToString());
    }

    [Fact]
    public void Theme_paths_are_joined_to_the_theme_folder_or_kept_as_they_are_when_the_theme_is_not_on_disk()
    {
        var found = new Diagnostic(Severity.Error, "BRF021", new SourceLocation("theme/pages/tag.html", 3, 9), "x");
        var theme = new Diagnostic(Severity.Warning, "BRF025", new SourceLocation("theme", 1, 1), "x");
        Assert.Equal(["my-theme/pages/tag.html", "my-theme", "in/site.yml"],
            new[] { found, theme, found with { Location = SourceLocation.File("site.yml") } }.Select(new DiagnosticPrinter(Path.Combine(_root, "in"), Path.Combine(_root, "my-theme"), _root).FilePath));
        Assert.Equal(["theme/pages/tag.html", "theme"], new[] { found, theme }.Select(new DiagnosticPrinter(Path.Combine(_root, "in"), null, _root).FilePath));
    }

    [Fact]
    public void Json_escapes_what_json_requires_and_keeps_the_rest_readable()
    {
        var printer = new DiagnosticPrinter(Path.Combine(_root, "in"), Path.Combine(_root, "theme"), _root);
        var output = new StringWriter();
        printer.Write([new Diagnostic(Severity.Error, "BRF012", new SourceLocation("countries/tr.md", 1, 1), "\"Türkiye\"\t\\ <b>")], DiagnosticFormat.Json, output);
        Assert.Equal("""{"severity":"error","code":"BRF012","file":"in/countries/tr.md","line":1,"column":1,"message":"\"Türkiye\"\\u0009\\ <b>"}""" + "\n", output.ToString());
        Assert.Equal("\"Türkiye\"\\u0009\\ <b>", JsonDocument.Parse(output.ToString()).RootElement.GetProperty("message").GetString());
    }

    [Fact]
    public void A_missing_input_folder_is_a_usage_error()
    {
        var (code, output, error) = Run(Path.Combine(_root, "nowhere"), DiagnosticFormat.Text);
        Assert.Equal((2, ""), (code, output));
        Assert.Contains("--input folder", error);
    }

    [Theory]
    [InlineData(2, "check", "--format", "xml")]
    [InlineData(2, "check", "--bogus")]
    [InlineData(0, "check", "--help")]
    [InlineData(0, "--help")]
    public async Task The_program_runs_check_exits_2_on_wrong_usage_and_0_for_help(int expected, params string[] args)
    {
        var (code, output, error) = await CliProcess.Run(_root, args);
        Assert.True(expected == code, $"exit {code}\n{output}\n{error}");
        if (args.SequenceEqual(["check", "--help"])) Assert.Contains("--format <github|json|text>", output);
        if (args.SequenceEqual(["--help"])) Assert.Contains("check", output);
    }

    [Fact]
    public async Task The_program_checks_a_site_from_the_current_folder_and_prints_annotations()
    {
        Input(UnknownCountry);
        var theme = Write(Path.Combine(_root, "theme"), Briefing.Loading.FolderReader.Read(Repository.Theme));
        var (code, stdout, stderr) = await CliProcess.Run(_root, "check", "--format", "github");
        Assert.Equal((1, "::error file=input/briefings/a.md,line=4,col=13::BRF012: unknown country 'Azerbajan'; did you mean 'Azerbaijan'?\n", "briefing: 1 error and 0 warnings; the site would not build\n"),
            (code, stdout, stderr));
        Assert.Equal(["input", "theme"], Directory.GetFileSystemEntries(_root).Select(Path.GetFileName).Order());
    }
}
