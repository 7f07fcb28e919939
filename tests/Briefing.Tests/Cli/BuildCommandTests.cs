using System.Diagnostics;
using Briefing.Cli;
using Briefing.Tests.Support;

namespace Briefing.Tests.Cli;

public sealed class BuildCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("briefing-cli-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Input(string sections)
    {
        var input = Path.Combine(_root, "input");
        foreach (var file in TestSite.Parse(TestSite.SiteYml + "\n" + sections))
        {
            var path = Path.Combine(input, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Bytes);
        }

        return input;
    }

    private const string Good = "-- briefings/a.md --\n---\ntitle: A\ndate: 2025-06-15\ncountries: [AZ]\n---\nBody.\n";
    private const string Bad = "-- briefings/a.md --\n---\ntitle: A\ndate: 2025-06-31\ncountries: [AZ]\n---\nBody.\n";

    private (int Code, string Out, string Err) Run(string input, string output, bool strict = false)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = BuildCommand.Run(input, Repository.Theme, output, strict, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void A_good_site_is_written_and_exits_0()
    {
        var output = Path.Combine(_root, "_site");
        var (code, _, err) = Run(Input(Good), output);
        Assert.Equal(0, code);
        Assert.Equal("", err);
        Assert.True(File.Exists(Path.Combine(output, "briefings", "a", "index.html")));
    }

    [Fact]
    public void Verbose_prints_each_kind_of_page_with_its_count_time_and_size()
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var input = Input(Good + Good.Replace("a.md", "b.md", StringComparison.Ordinal).Replace("title: A", "title: B", StringComparison.Ordinal));
        var code = BuildCommand.Run(input, Repository.Theme, Path.Combine(_root, "_site"), false, stdout, stderr, verbose: true);
        Assert.Equal(0, code);
        var lines = stdout.ToString().Split('\n');
        Assert.Single(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^ +briefing +2 pages +\d+ ms +\d+\.\d MiB$"));
        Assert.Single(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^ +country +1 page +\d+ ms +\d+\.\d MiB$"));
        Assert.Single(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^ +timeline +1 page "));
    }

    [Fact]
    public void An_error_exits_1_and_leaves_the_previous_site_exactly_as_it_was()
    {
        var output = Path.Combine(_root, "_site");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "marker.txt"), "previous build");
        var (code, _, err) = Run(Input(Bad), output);
        Assert.Equal(1, code);
        Assert.Contains("briefings/a.md(3,7): error BRF011: 'date' is not a real date: '2025-06-31' does not exist on the calendar", err);
        Assert.Equal(["marker.txt"], Directory.GetFiles(output).Select(Path.GetFileName));
        Assert.Equal("previous build", File.ReadAllText(Path.Combine(output, "marker.txt")));
        Assert.Equal(["_site", "input"], Directory.GetDirectories(_root).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void A_rebuild_replaces_the_whole_output_and_leaves_no_temporary_folders()
    {
        var output = Path.Combine(_root, "_site");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "stale.html"), "old");
        Assert.Equal(0, Run(Input(Good), output).Code);
        Assert.False(File.Exists(Path.Combine(output, "stale.html")));
        Assert.Equal(["_site", "input"], Directory.GetDirectories(_root).Select(Path.GetFileName).Order());
    }

    [Theory]
    [InlineData("input")]
    [InlineData("input/_site")]
    [InlineData(".")]
    public void An_output_folder_inside_equal_to_or_holding_the_input_is_refused(string relative)
    {
        var input = Input(Good);
        var before = Directory.GetFileSystemEntries(_root, "*", SearchOption.AllDirectories).Order().ToList();
        var (code, _, err) = Run(input, Path.Combine(_root, relative));
        Assert.Equal(1, code);
        Assert.Contains("error BRF023: the output folder", err);
        Assert.Equal(before, Directory.GetFileSystemEntries(_root, "*", SearchOption.AllDirectories).Order().ToList());
    }

    [Fact]
    public void A_missing_input_folder_is_a_usage_error()
    {
        var (code, _, err) = Run(Path.Combine(_root, "nowhere"), Path.Combine(_root, "_site"));
        Assert.Equal(2, code);
        Assert.Contains("--input folder", err);
    }

    [Fact]
    public void Warnings_fail_the_build_only_with_strict()
    {
        var input = Input("-- briefings/a.md --\n---\ntitle: A\ndate: 2025-06-15\ncountries: [AZ]\npeople: [Nobody]\n---\nBody.\n");
        Assert.Equal(0, Run(input, Path.Combine(_root, "_site")).Code);
        var (code, _, err) = Run(input, Path.Combine(_root, "_strict"), strict: true);
        Assert.Equal(1, code);
        Assert.Contains("error BRF013", err);
        Assert.False(Directory.Exists(Path.Combine(_root, "_strict")));
    }

    [Theory]
    [InlineData(2, "build", "--bogus")]
    [InlineData(2, "frobnicate")]
    [InlineData(0, "--help")]
    [InlineData(0, "build", "--help")]
    public async Task The_program_exits_2_on_wrong_usage_and_0_for_help(int expected, params string[] args)
    {
        var (code, output, error) = await CliProcess.Run(_root, args);
        Assert.True(expected == code, $"exit {code}\n{output}\n{error}");
        if (args.SequenceEqual(["build", "--help"])) Assert.Contains("--strict", output);
        if (args.SequenceEqual(["--help"])) Assert.Contains("build", output);
    }

    [Theory]
    [InlineData("build")]
    [InlineData("check")]
    [InlineData("serve")]
    public async Task A_malformed_as_of_day_exits_2_with_the_form_to_use(string command)
    {
        var (code, _, error) = await CliProcess.Run(_root, command, "--as-of", "2026-13-01");
        Assert.Equal(2, code);
        Assert.StartsWith("briefing: error BRF037: --as-of '2026-13-01' is not a day; write it as YYYY-MM-DD, like 2026-06-20\n", error);
    }

    [Fact]
    public async Task As_of_leaves_out_briefings_dated_after_it_unless_future_and_gives_the_same_bytes_on_any_day()
    {
        Input(Good + Good.Replace("a.md", "b.md", StringComparison.Ordinal).Replace("title: A", "title: Later", StringComparison.Ordinal)
            .Replace("2025-06-15", "2025-06-20", StringComparison.Ordinal));
        string[] Build(string output, params string[] more) => ["build", "--input", "input", "--theme", Repository.Theme, "--output", output, "--no-search", .. more];
        Assert.Equal(0, (await CliProcess.Run(_root, Build("_a", "--as-of", "2025-06-19"))).Code);
        Assert.Equal(0, (await CliProcess.Run(_root, Build("_b", "--as-of", "2025-06-19"))).Code);
        Assert.Equal(0, (await CliProcess.Run(_root, Build("_future", "--as-of", "2025-06-19", "--future"))).Code);
        Assert.True(File.Exists(Path.Combine(_root, "_a", "briefings", "a", "index.html")));
        Assert.False(Directory.Exists(Path.Combine(_root, "_a", "briefings", "b")));
        Assert.True(File.Exists(Path.Combine(_root, "_future", "briefings", "b", "index.html")));
        var files = Directory.GetFiles(Path.Combine(_root, "_a"), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Path.Combine(_root, "_a"), f)).Order().ToList();
        Assert.Equal(files, Directory.GetFiles(Path.Combine(_root, "_b"), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Path.Combine(_root, "_b"), f)).Order());
        foreach (var file in files)
            Assert.True(File.ReadAllBytes(Path.Combine(_root, "_a", file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(_root, "_b", file))), file);
        // Today (the real clock) is long after 2025-06-20: without --as-of both are published.
        Assert.Equal(0, (await CliProcess.Run(_root, Build("_today"))).Code);
        Assert.True(File.Exists(Path.Combine(_root, "_today", "briefings", "b", "index.html")));
    }

    [Fact]
    public async Task Builds_in_opposite_time_zones_and_cultures_give_identical_bytes()
    {
        var input = Input("-- briefings/a.md --\n---\ntitle: A\ndate: 2025-06-15T23:30:00-11:00\ncountries: [AZ]\nevents:\n  - date: 2025-06-15T00:30:00+14:00\n    title: E\n---\nBody.\n");
        var outputs = new List<string>();
        foreach (var (zone, culture) in new[] { ("Pacific/Kiritimati", "tr-TR"), ("Pacific/Pago_Pago", "de-DE") })
        {
            var output = Path.Combine(_root, "_site-" + culture);
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "Briefing.Cli.dll"), "build", "--input", input, "--theme", Repository.Theme, "--output", output })
                start.ArgumentList.Add(a);
            start.Environment["TZ"] = zone;
            start.Environment["LANG"] = culture + ".UTF-8";
            start.Environment["LC_ALL"] = culture + ".UTF-8";
            using var process = Process.Start(start)!;
            var err = process.StandardError.ReadToEndAsync();
            await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, await err);
            outputs.Add(output);
        }

        var first = Directory.GetFiles(outputs[0], "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(outputs[0], f)).Order().ToList();
        Assert.Equal(first, Directory.GetFiles(outputs[1], "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(outputs[1], f)).Order());
        foreach (var file in first)
            Assert.True(File.ReadAllBytes(Path.Combine(outputs[0], file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(outputs[1], file))), file);
        Assert.Contains("15 June 2025", File.ReadAllText(Path.Combine(outputs[0], "briefings", "a", "index.html")));
    }
}
