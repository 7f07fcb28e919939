using System.Text.Json;
using Briefing.Cli;
using Briefing.Cli.Search;
using Briefing.Tests.Support;

namespace Briefing.Tests.Search;

/// <summary>
/// <c>briefing build</c> with search: Pagefind (the pinned one, installed into the tests' shared cache) indexes the
/// staging folder before the swap; when it fails the old site stays; when it cannot be had the site has no search.
/// </summary>
public sealed class SearchBuildTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("briefing-search-").FullName;

    public SearchBuildTests() => SearchCache.Use();

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Output => Path.Combine(_root, "_site");

    private string Input()
    {
        var input = Path.Combine(_root, "input");
        var site = """
            -- site.yml --
            title: Desk
            base_url: https://example.org/desk/
            -- briefings/2024-03-02-talks.md --
            ---
            title: Talks in Madrid
            date: 2024-03-02
            countries: [ES]
            people: [Ana Ruiz]
            quotes:
              - by: Ana Ruiz
                text: The corridor stays open
            ---
            The ministers met.
            -- briefings/2025-01-10-visit.md --
            ---
            title: A visit to Baku
            date: 2025-01-10
            countries: [AZ]
            ---
            The visit was short.
            """;
        foreach (var file in TestSite.Parse(site))
        {
            var path = Path.Combine(input, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Bytes);
        }

        return input;
    }

    [Fact]
    public void The_build_runs_Pagefind_over_the_site_and_writes_its_index_under_pagefind()
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = BuildCommand.Run(Input(), Repository.Theme, Output, false, stdout, stderr, search: true);
        Assert.True(code == 0, stderr.ToString());
        // Ana Ruiz has no person file: the one warning the input gives, and nothing about search.
        Assert.DoesNotContain("BRF029", stderr.ToString(), StringComparison.Ordinal);
        using var entry = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Output, "pagefind", "pagefind-entry.json")));
        Assert.Equal(PagefindTool.Version, entry.RootElement.GetProperty("version").GetString());
        // Two briefings, one person, two countries: every page with data-pagefind-body, no list page.
        Assert.Equal(5, entry.RootElement.GetProperty("languages").GetProperty("en").GetProperty("page_count").GetInt32());
        Assert.True(File.Exists(Path.Combine(Output, "pagefind", "pagefind.js")));
        Assert.Contains("action=\"/desk/search/\"", File.ReadAllText(Path.Combine(Output, "index.html")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Output, "search", "index.html")));
    }

    [Fact]
    public void Building_twice_gives_the_same_index_bytes()
    {
        var input = Input();
        Assert.Equal(0, BuildCommand.Run(input, Repository.Theme, Output, false, TextWriter.Null, TextWriter.Null, search: true));
        var first = Files(Output);
        Assert.Equal(0, BuildCommand.Run(input, Repository.Theme, Output, false, TextWriter.Null, TextWriter.Null, search: true));
        Assert.Equal(first, Files(Output));
    }

    [Fact]
    public async Task A_Pagefind_failure_is_an_error_and_the_previous_site_stays()
    {
        // The stand-in Pagefind is a shell script.
        if (OperatingSystem.IsWindows()) return;
        var input = Input();
        Directory.CreateDirectory(Output);
        File.WriteAllText(Path.Combine(Output, "previous.txt"), "the site before");
        var failing = Path.Combine(_root, "pagefind-that-fails");
        File.WriteAllText(failing, "#!/bin/sh\necho 'index broke' >&2\nexit 3\n");
        File.SetUnixFileMode(failing, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        var (code, _, err) = await CliProcess.Run(_root, new Dictionary<string, string?> { [PagefindTool.BinaryVariable] = failing },
            "build", "--input", input, "--output", Output, "--theme", Repository.Theme);
        Assert.Equal(1, code);
        Assert.Contains("error BRF030: Pagefind could not index the site;", err, StringComparison.Ordinal);
        Assert.Contains("index broke", err, StringComparison.Ordinal);
        Assert.Equal(["previous.txt"], Directory.GetFileSystemEntries(Output).Select(Path.GetFileName));
        Assert.Empty(Directory.GetDirectories(_root, ".*"));
    }

    [Fact]
    public async Task Without_npm_the_build_says_so_once_and_the_site_has_no_search()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_root, "empty")).FullName;
        var (code, _, err) = await CliProcess.Run(_root, new Dictionary<string, string?>
            {
                ["PATH"] = empty, [PagefindTool.CacheVariable] = Path.Combine(_root, "cache"), [PagefindTool.BinaryVariable] = null,
            },
            "build", "--input", Input(), "--output", Output, "--theme", Repository.Theme);
        Assert.Equal(0, code);
        var warning = Assert.Single(err.Split('\n'), l => l.Contains("BRF029", StringComparison.Ordinal));
        Assert.Contains("warning BRF029: the site is built without search: Pagefind 1.6.0 is not installed and npm, which installs it, is not on the PATH", warning, StringComparison.Ordinal);
        Assert.DoesNotContain("role=\"search\"", File.ReadAllText(Path.Combine(Output, "index.html")), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(Output, "search")));
        Assert.False(Directory.Exists(Path.Combine(Output, "pagefind")));
    }

    [Fact]
    public async Task No_search_builds_without_Pagefind_and_without_a_warning()
    {
        var (code, _, err) = await CliProcess.Run(_root, new Dictionary<string, string?> { [PagefindTool.BinaryVariable] = "/nonexistent/pagefind" },
            "build", "--input", Input(), "--output", Output, "--theme", Repository.Theme, "--no-search");
        Assert.Equal(0, code);
        Assert.DoesNotContain("BRF029", err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(Output, "pagefind")));
        Assert.DoesNotContain("role=\"search\"", File.ReadAllText(Path.Combine(Output, "index.html")), StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
