using System.Diagnostics;
using Briefing.Output;
using Briefing.Tests.Support;

namespace Briefing.Tests.Golden;

public sealed class HtmlValidityTests
{
    [Fact]
    public async Task The_Nu_HTML_checker_finds_no_error_in_the_sample_site()
    {
        var result = SampleSite.Build("https://example.org/desk/");
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var folder = Path.Combine(Directory.CreateTempSubdirectory("briefing-vnu-").FullName, "site");
        try
        {
            SiteWriter.Write(folder, result.Files);
            var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(Path.Combine(Repository.Root, "tools", "html-check", "check.sh"));
            start.ArgumentList.Add(folder);
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, $"vnu exit {process.ExitCode}\n{await stdout}\n{await stderr}");
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);
        }
    }
}
