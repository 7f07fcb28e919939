using System.Text;
using Briefing.Tests.Support;

namespace Briefing.Tests.Safety;

/// <summary>Inputs the fuzz test found, each kept as a test of its own.</summary>
public sealed class FuzzRegressionTests
{
    [Fact]
    public void An_unclosed_flow_list_followed_by_more_keys_is_a_yaml_error_not_an_exception()
    {
        // YamlDotNet's scanner throws InvalidOperationException here rather than a YamlException (seed 20251126, case 71).
        var site = TestSite.Build("-- briefings/a.md --\n---\ntitle: A\ndate: 2025-06-15\ncountries: [AZ]\ntags: [diplomacy, ai\nsources:\n  - name: APA News\n    url: https://apa.az/\n---\nBody.\n");
        Assert.Equal(["briefings/a.md(5,7): error BRF004: a list started with '[' is not closed; add ']' at its end"], site.Errors);
    }

    [Theory]
    [InlineData(new byte[] { 0x2D, 0x2D, 0x2D, 0x0D, 0x74, 0xFF }, 2, 2)]
    [InlineData(new byte[] { 0x2D, 0x2D, 0x2D, 0x0D, 0x0A, 0x74, 0xC3 }, 2, 2)]
    public void Invalid_utf8_after_a_lone_or_crlf_line_end_is_reported_on_the_right_line(byte[] bytes, int line, int column)
    {
        // A lone CR counted as no line break made the column run past the line's end (seed 7, case 1363).
        var files = TestSite.Parse(TestSite.SiteYml).Append(new global::Briefing.Loading.InputFile("briefings/a.md", bytes)).ToList();
        var result = global::Briefing.Building.SiteBuilder.Build(files, global::Briefing.Loading.FolderReader.Read(Repository.Theme), new());
        Assert.Equal([$"briefings/a.md({line},{column}): error BRF001: file is not valid UTF-8; save it with UTF-8 encoding"],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void The_fuzz_seed_document_itself_builds_cleanly()
    {
        Assert.Null(FuzzTests.Check(Encoding.UTF8.GetBytes(FuzzTests.Seed)));
    }
}
