using System.Text;
using Briefing.Building;
using Briefing.Diagnostics;

namespace Briefing.Tests.Support;

/// <summary>A built test site with helpers to read its pages and diagnostics.</summary>
public sealed class SiteResult(BuildResult result)
{
    /// <summary>The underlying result.</summary>
    public BuildResult Result { get; } = result;

    /// <summary>Every diagnostic in its printed form.</summary>
    public IReadOnlyList<string> Diagnostics => Result.Diagnostics.Select(d => d.ToString()).ToList();

    /// <summary>Only the errors, printed.</summary>
    public IReadOnlyList<string> Errors => Result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()).ToList();

    /// <summary>Every output path.</summary>
    public IReadOnlyList<string> Paths => Result.Files.Select(f => f.Path).ToList();

    /// <summary>The text of an output file; fails the test when it is missing.</summary>
    public string Page(string path)
    {
        var file = Result.Files.FirstOrDefault(f => f.Path == path);
        Assert.True(file is not null, $"no output file {path}; diagnostics:\n{string.Join('\n', Diagnostics)}");
        return Encoding.UTF8.GetString(file!.Bytes);
    }

    /// <summary>Asserts the build succeeded with no diagnostic at all, and returns this.</summary>
    public SiteResult Clean()
    {
        Assert.True(Result.Diagnostics.Count == 0, "unexpected diagnostics:\n" + string.Join('\n', Diagnostics));
        Assert.NotEmpty(Result.Files);
        return this;
    }

    /// <summary>Asserts the build failed with exactly these diagnostics and wrote nothing.</summary>
    public void FailsWith(params string[] expected)
    {
        Assert.Equal(expected, Diagnostics);
        Assert.False(Result.Succeeded);
        Assert.Empty(Result.Files);
    }
}
