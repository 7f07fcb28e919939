using System.Collections.Concurrent;
using System.Diagnostics;
using Briefing.Building;
using Briefing.Cli;
using Briefing.Progress;
using Briefing.Tests.Support;

namespace Briefing.Tests.Cli;

public sealed class ProgressTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("briefing-progress-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private sealed class Recorder : IProgress<BuildProgress>
    {
        public ConcurrentQueue<BuildProgress> Reports { get; } = new();

        public void Report(BuildProgress value) => Reports.Enqueue(value);
    }

    [Fact]
    public void A_build_reports_each_stage_in_order_and_counts_every_file_and_page()
    {
        var briefings = string.Concat(Enumerable.Range(0, 40).Select(i => $"-- briefings/b{i}.md --\n---\ntitle: B{i}\ndate: 2025-06-15\ncountries: [AZ]\n---\nBody.\n"));
        var recorder = new Recorder();
        var result = TestSite.Build(briefings, new BuildOptions { Progress = recorder });
        Assert.Empty(result.Result.Diagnostics);
        var reports = recorder.Reports.ToList();
        Assert.Equal(["load", "parse", "link", "render", "check"], reports.Select(r => r.Stage).Distinct());
        Assert.Contains(new BuildProgress("parse", 40, 40), reports);
        var pages = result.Result.Files.Count(f => f.Path.EndsWith(".html", StringComparison.Ordinal));
        Assert.Contains(new BuildProgress("render", pages, pages), reports);
        Assert.All(reports, r => Assert.InRange(r.Done, 0, Math.Max(r.Total, 0)));
    }

    [Fact]
    public void A_counter_reports_its_start_every_32nd_item_and_the_last_from_any_thread()
    {
        var recorder = new Recorder();
        var counter = new ProgressCounter(recorder, "render", 100);
        Parallel.For(0, 100, _ => counter.Step());
        Assert.Equal([0, 32, 64, 96, 100], recorder.Reports.Select(r => r.Done).Order());
        Assert.All(recorder.Reports, r => Assert.Equal(("render", 100), (r.Stage, r.Total)));
    }

    [Fact]
    public void The_status_line_waits_then_draws_at_most_ten_times_a_second_and_is_erased_at_the_end()
    {
        var clock = new FixedClock(DateTimeOffset.UnixEpoch);
        var terminal = new StringWriter();
        using (var status = new StatusLine(terminal, clock))
        {
            status.Report(new BuildProgress("parse", 10, 6000));
            clock.Advance(TimeSpan.FromMilliseconds(200));
            Assert.Equal("", terminal.ToString()); // a quick build shows nothing

            clock.Advance(TimeSpan.FromMilliseconds(50));
            Assert.Equal("\rbriefing: parse 10/6000 (0.3 s)", terminal.ToString());

            // A report every millisecond for a second: drawn 10 times, not 1,000.
            for (var ms = 1; ms <= 1000; ms++)
            {
                status.Report(new BuildProgress("render", ms, 1000));
                clock.Advance(TimeSpan.FromMilliseconds(1));
            }

            Assert.Equal(11, terminal.ToString().Count(c => c == '\r'));
            Assert.EndsWith("\rbriefing: render 1000/1000 (1.3 s)", terminal.ToString());

            // A shorter line covers what is left of the longer one.
            status.Report(new BuildProgress("check", 0, 0));
            clock.Advance(TimeSpan.FromMilliseconds(100));
            Assert.EndsWith("\rbriefing: check (1.4 s)           ", terminal.ToString());
            terminal.GetStringBuilder().Clear();
        }

        Assert.Equal("\r" + new string(' ', "briefing: check (1.4 s)".Length) + "\r", terminal.ToString());
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("\r" + new string(' ', "briefing: check (1.4 s)".Length) + "\r", terminal.ToString());
    }

    [Fact]
    public void Quiet_prints_nothing_on_success_and_still_prints_diagnostics()
    {
        var input = Path.Combine(_root, "site", "input");
        Assert.Equal(0, NewCommand.Site(Path.Combine(_root, "site"), TimeProvider.System, TextWriter.Null, TextWriter.Null));
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        Assert.Equal(0, BuildCommand.Run(input, null, Path.Combine(_root, "_site"), false, stdout, stderr, quiet: true));
        Assert.Equal(("", ""), (stdout.ToString(), stderr.ToString()));

        File.WriteAllText(Path.Combine(input, "briefings", "x.md"), "---\ntitle: X\ndate: 2025-06-15\ncountries: [AZ]\npeople: [Nobody]\n---\n");
        Assert.Equal(0, BuildCommand.Run(input, null, Path.Combine(_root, "_site"), false, stdout, stderr, quiet: true));
        Assert.Equal("", stdout.ToString());
        Assert.StartsWith("briefings/x.md(5,10): warning BRF013", stderr.ToString());
    }

    // The program, run as a user runs it: on a terminal (a pseudo-terminal from util-linux `script`) the status
    // line shows and is erased; with standard error redirected, or with --quiet, nothing but the result is printed.
    [Fact]
    public async Task The_status_line_shows_on_a_terminal_only_and_never_with_quiet()
    {
        var input = Path.Combine(_root, "input");
        GeneratedCorpusFolder(input);
        var cli = Path.Combine(AppContext.BaseDirectory, "Briefing.Cli.dll");

        var (code, stdout, stderr) = await Run("dotnet", [cli, "build", "--input", input, "--output", Path.Combine(_root, "_a")]);
        Assert.True(code == 0, stderr);
        Assert.Equal("", stderr);
        Assert.Matches(@"^briefing: wrote \d+ files to .*_a in \d+ ms\n$", stdout);

        var command = $"dotnet {cli} build --input {input} --output {Path.Combine(_root, "_b")}";
        (code, stdout, stderr) = await Run("script", ["-qec", command, "/dev/null"]);
        Assert.True(code == 0, stdout + stderr);
        Assert.Matches(@"\rbriefing: (load|parse|link|render|check|write)[^\r\n]* \(\d+\.\d s\)", stdout);
        Assert.Matches(@"\r +\rbriefing: wrote \d+ files", stdout);

        (code, stdout, stderr) = await Run("script", ["-qec", command.Replace("_b", "_c", StringComparison.Ordinal) + " --quiet", "/dev/null"]);
        Assert.True(code == 0, stdout + stderr);
        Assert.DoesNotContain("briefing:", stdout);
        Assert.True(Directory.Exists(Path.Combine(_root, "_c", "briefings")));
    }

    // Enough briefings that a fresh process builds them for well over the status line's 0.25 s wait.
    private static void GeneratedCorpusFolder(string folder) => global::Briefing.Benchmarks.CorpusGenerator.Write(300, 1, folder, null);

    private static async Task<(int Code, string Out, string Err)> Run(string file, string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, (await stdout).Replace("\r\n", "\n", StringComparison.Ordinal), await stderr);
    }
}
