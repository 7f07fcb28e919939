using System.Diagnostics;
using System.Net;
using Briefing.Building;
using Briefing.Cli;
using Briefing.Loading;
using Briefing.Tests.Support;

namespace Briefing.Tests.Cli;

public sealed class NewCommandTests : IDisposable
{
    // 20:30 UTC on 4 March is already 5 March where the author is (UTC+05:00): files carry the author's date.
    private static readonly FixedClock Clock = new(new DateTimeOffset(2026, 3, 4, 20, 30, 0, TimeSpan.Zero),
        TimeZoneInfo.CreateCustomTimeZone("test+05", TimeSpan.FromHours(5), "test+05", "test+05"));

    private readonly string _root = Directory.CreateTempSubdirectory("briefing-new-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Site()
    {
        var site = Path.Combine(_root, "site");
        Assert.Equal(0, NewCommand.Site(site, Clock, TextWriter.Null, TextWriter.Null));
        return site;
    }

    private static (int Code, string Out, string Err) Capture(Func<TextWriter, TextWriter, int> run)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = run(stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    // A strict build with the built-in theme: a warning fails it, so success means no error and no warning.
    private static BuildResult BuildStrict(string input) =>
        SiteBuilder.Build(FolderReader.Read(input), ThemeSource.Embedded, new BuildOptions(Strict: true));

    private static string Page(BuildResult result, string path) =>
        System.Text.Encoding.UTF8.GetString(Assert.Single(result.Files, f => f.Path == path).Bytes);

    [Fact]
    public void A_new_site_builds_with_the_built_in_theme_with_no_error_or_warning()
    {
        var site = Path.Combine(_root, "site");
        var (code, output, err) = Capture((o, e) => NewCommand.Site(site, Clock, o, e));
        Assert.Equal(0, code);
        Assert.Equal("", err);
        Assert.Equal($"briefing: wrote a new site to {site}; build it with: cd {site} && briefing build\n", output);
        Assert.Equal(["input/briefings/2026-03-05-example-briefing.md", "input/people/example-person.md", "input/site.yml"],
            FolderReader.Read(site).Select(f => f.Path));
        Assert.Contains("_site/", File.ReadAllLines(Path.Combine(site, ".gitignore")));

        var (built, _, buildErr) = Capture((o, e) => BuildCommand.Run(Path.Combine(site, "input"), null, Path.Combine(site, "_site"), true, o, e));
        Assert.True(built == 0, buildErr);
        Assert.Equal("", buildErr);
        var page = File.ReadAllText(Path.Combine(site, "_site", "briefings", "example-briefing", "index.html"));
        Assert.Contains("5 March 2026", page);
        Assert.Contains("Example Person", page);
        Assert.True(File.Exists(Path.Combine(site, "_site", "assets", "style.css")));
    }

    [Fact]
    public void A_new_site_is_refused_whole_when_one_of_its_files_exists()
    {
        var site = Path.Combine(_root, "site");
        Directory.CreateDirectory(Path.Combine(site, "input"));
        File.WriteAllText(Path.Combine(site, "input", "site.yml"), "title: Mine\n");
        var (code, _, err) = Capture((o, e) => NewCommand.Site(site, Clock, o, e));
        Assert.Equal(1, code);
        Assert.Contains($"briefing: {Path.Combine(site, "input", "site.yml")} already exists\n", err);
        Assert.Contains("nothing was written", err);
        Assert.Equal(["input/site.yml"], FolderReader.Read(site).Select(f => f.Path));
        Assert.False(File.Exists(Path.Combine(site, ".gitignore")));
        Assert.Equal("title: Mine\n", File.ReadAllText(Path.Combine(site, "input", "site.yml")));
    }

    [Fact]
    public void A_new_briefing_is_dated_today_named_by_its_title_and_builds_cleanly()
    {
        var input = Path.Combine(Site(), "input");
        var (code, output, err) = Capture((o, e) => NewCommand.Briefing(input, "Talks in Baku, round two", ["AZ", "Turkey", "the Netherlands"], Clock, o, e));
        Assert.Equal(0, code);
        Assert.Equal("", err);
        var path = Path.Combine(input, "briefings", "2026-03-05-talks-in-baku-round-two.md");
        Assert.Equal($"briefing: wrote {path}\n", output);
        var text = File.ReadAllText(path);
        Assert.StartsWith("---\ntitle: Talks in Baku, round two\ndate: 2026-03-05\ncountries: [AZ, Turkey, the Netherlands]\n", text);
        Assert.DoesNotContain("\r", text);

        var result = BuildStrict(input);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        var page = Page(result, "briefings/talks-in-baku-round-two/index.html");
        Assert.Contains("<h1 dir=\"auto\">Talks in Baku, round two</h1>", page);
        Assert.Contains("5 March 2026", page);
        Assert.Contains("/countries/netherlands/", page);
    }

    [Theory]
    [InlineData("Yes")]
    [InlineData("NO")]
    [InlineData("null")]
    [InlineData("#1: \"quoted\" and \\ back-slashed")]
    [InlineData("- a dash, [brackets] & {braces}")]
    [InlineData("a: b # not a comment")]
    [InlineData("'single' quotes")]
    [InlineData("@at %percent `tick`")]
    [InlineData("2025 in review")]
    [InlineData("Ünïcödé — and a tab\tand\nnew line")]
    public void A_title_reads_back_exactly_whatever_characters_it_has(string title)
    {
        var input = Path.Combine(Site(), "input");
        Assert.Equal(0, NewCommand.Briefing(input, title, ["AZ"], Clock, TextWriter.Null, TextWriter.Null));
        var result = BuildStrict(input);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        var oneLine = string.Join(' ', title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var slug = global::Briefing.Text.Slug.From(oneLine);
        var heading = System.Text.RegularExpressions.Regex.Match(Page(result, $"briefings/{slug}/index.html"), "<h1 dir=\"auto\">(.*?)</h1>").Groups[1].Value;
        Assert.Equal(oneLine, WebUtility.HtmlDecode(heading));
    }

    [Fact]
    public void A_briefing_that_exists_is_never_overwritten_and_is_named()
    {
        var input = Path.Combine(Site(), "input");
        Assert.Equal(0, NewCommand.Briefing(input, "Talks", ["AZ"], Clock, TextWriter.Null, TextWriter.Null));
        var path = Path.Combine(input, "briefings", "2026-03-05-talks.md");
        File.WriteAllText(path, "edited by the author");
        var (code, output, err) = Capture((o, e) => NewCommand.Briefing(input, "Talks", ["AZ"], Clock, o, e));
        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Contains($"briefing: {path} already exists\n", err);
        Assert.Equal("edited by the author", File.ReadAllText(path));
    }

    [Fact]
    public void A_briefing_whose_title_gives_the_URL_of_another_is_refused()
    {
        var input = Path.Combine(Site(), "input");
        Directory.CreateDirectory(Path.Combine(input, "briefings", "2025"));
        File.WriteAllText(Path.Combine(input, "briefings", "2025", "2025-01-02-weekly-roundup.md"), "---\ntitle: Weekly roundup\ndate: 2025-01-02\ncountries: [AZ]\n---\n");
        var (code, _, err) = Capture((o, e) => NewCommand.Briefing(input, "Weekly Roundup", ["AZ"], Clock, o, e));
        Assert.Equal(1, code);
        Assert.Contains($"briefing: {Path.Combine(input, "briefings", "2025", "2025-01-02-weekly-roundup.md")} already has the URL /briefings/weekly-roundup/", err);
        Assert.False(File.Exists(Path.Combine(input, "briefings", "2026-03-05-weekly-roundup.md")));
    }

    [Fact]
    public void An_unknown_country_names_the_closest_match_and_nothing_is_written()
    {
        var input = Path.Combine(Site(), "input");
        var before = FolderReader.Read(input).Select(f => f.Path).ToList();
        var (code, _, err) = Capture((o, e) => NewCommand.Briefing(input, "Talks", ["AZ", "Azerbajan", "Narnia"], Clock, o, e));
        Assert.Equal(1, code);
        Assert.Equal(
            "briefing: unknown country 'Azerbajan'; did you mean 'Azerbaijan'?\n" +
            "briefing: unknown country 'Narnia'; use an ISO 3166-1 code such as AZ or an English name\n", err);
        Assert.Equal(before, FolderReader.Read(input).Select(f => f.Path));
    }

    [Fact]
    public void A_country_alias_from_the_sites_country_file_is_accepted()
    {
        var input = Path.Combine(Site(), "input");
        Directory.CreateDirectory(Path.Combine(input, "countries"));
        File.WriteAllText(Path.Combine(input, "countries", "az.md"), "---\naliases: [Land of Fire]\n---\nIntroduction.\n");
        Assert.Equal(0, NewCommand.Briefing(input, "Talks", ["Land of Fire"], Clock, TextWriter.Null, TextWriter.Null));
        var result = BuildStrict(input);
        Assert.Empty(result.Diagnostics);
        Assert.Contains("/countries/azerbaijan/", Page(result, "briefings/talks/index.html"));
    }

    [Fact]
    public void A_briefing_needs_a_country_and_a_title_with_letters_and_an_input_folder()
    {
        var input = Path.Combine(Site(), "input");
        Assert.Equal(2, Capture((o, e) => NewCommand.Briefing(input, "Talks", [], Clock, o, e)).Code);
        var (code, _, err) = Capture((o, e) => NewCommand.Briefing(input, "?!", ["AZ"], Clock, o, e));
        Assert.Equal(2, code);
        Assert.Contains("has no letters or digits", err);
        (code, _, err) = Capture((o, e) => NewCommand.Briefing(Path.Combine(_root, "nowhere"), "Talks", ["AZ"], Clock, o, e));
        Assert.Equal(2, code);
        Assert.Contains("briefing new site", err);
        Assert.Equal(["input/briefings/2026-03-05-example-briefing.md", "input/people/example-person.md", "input/site.yml"],
            FolderReader.Read(Path.Combine(_root, "site")).Select(f => f.Path));
    }

    [Fact]
    public void A_long_title_gives_a_file_name_cut_at_a_word()
    {
        var input = Path.Combine(Site(), "input");
        var title = string.Join(' ', Enumerable.Repeat("negotiations", 20));
        Assert.Equal(0, NewCommand.Briefing(input, title, ["AZ"], Clock, TextWriter.Null, TextWriter.Null));
        var name = Assert.Single(Directory.GetFiles(Path.Combine(input, "briefings"), "2026-03-05-negotiations-*"));
        Assert.Equal("2026-03-05-" + string.Join('-', Enumerable.Repeat("negotiations", 4)) + ".md", Path.GetFileName(name));
        Assert.Empty(BuildStrict(input).Diagnostics);
    }

    [Fact]
    public void A_new_person_is_named_by_the_slug_of_the_name_builds_cleanly_and_is_never_overwritten()
    {
        var input = Path.Combine(Site(), "input");
        var (code, output, err) = Capture((o, e) => NewCommand.Person(input, "Recep Tayyip Erdoğan", o, e));
        Assert.Equal(0, code);
        Assert.Equal("", err);
        var path = Path.Combine(input, "people", "recep-tayyip-erdogan.md");
        Assert.Equal($"briefing: wrote {path}\n", output);
        Assert.StartsWith("---\nname: Recep Tayyip Erdoğan\n", File.ReadAllText(path));

        var result = BuildStrict(input);
        Assert.Empty(result.Diagnostics);
        Assert.Contains("Recep Tayyip Erdoğan", Page(result, "people/index.html"));

        (code, _, err) = Capture((o, e) => NewCommand.Person(input, "Recep Tayyip Erdogan", o, e));
        Assert.Equal(1, code);
        Assert.Contains($"briefing: {path} already exists\n", err);
        Assert.StartsWith("---\nname: Recep Tayyip Erdoğan\n", File.ReadAllText(path));
    }

    // Through the program as a user types it, in a folder with no theme folder: the built-in theme is used, then a
    // theme exported to ./theme is used without --theme.
    [Fact]
    public async Task The_program_makes_a_site_that_builds_with_no_theme_folder_then_with_an_exported_one()
    {
        Assert.Equal(0, (await Program("new", "site", "s")).Code);
        Assert.Equal(0, (await Program("new", "briefing", "Talks in Baku", "--country", "AZ", "--input", "s/input")).Code);
        Assert.Equal(0, (await Program("new", "person", "Someone Example", "--input", "s/input")).Code);
        var (code, stdout, stderr) = await Program("build", "--input", "s/input", "--output", "s/_site", "--strict");
        Assert.True(code == 0, stderr);
        Assert.Equal("", stderr);
        Assert.StartsWith("briefing: wrote ", stdout);
        Assert.True(File.Exists(Path.Combine(_root, "s", "_site", "people", "someone-example", "index.html")));

        Assert.Equal(0, (await Program("theme", "export", "theme")).Code);
        File.AppendAllText(Path.Combine(_root, "theme", "assets", "style.css"), "/* local theme */\n");
        (code, _, stderr) = await Program("build", "--input", "s/input", "--output", "s/_site", "--quiet");
        Assert.True(code == 0, stderr);
        Assert.EndsWith("/* local theme */\n", File.ReadAllText(Path.Combine(_root, "s", "_site", "assets", "style.css")));

        (code, _, stderr) = await Program("new", "briefing", "Talks in Baku", "--country", "Azerbajan", "--input", "s/input");
        Assert.Equal((1, "briefing: unknown country 'Azerbajan'; did you mean 'Azerbaijan'?\n"), (code, stderr));
        (code, _, stderr) = await Program("new", "briefing");
        Assert.Equal(2, code);
        Assert.Contains("Run 'briefing new briefing --help' for usage.", stderr);
    }

    private Task<(int Code, string Out, string Err)> Program(params string[] args) => CliProcess.Run(_root, args);
}
