namespace Briefing.Browser.Tests.Browsing;

/// <summary>
/// Full-page screenshots for a person to look at, taken only when <c>BRIEFING_SCREENSHOTS</c> names a folder:
/// <c>BRIEFING_SCREENSHOTS=/tmp/shots dotnet test Briefing.sln --filter AxeTests</c>.
/// </summary>
public static class Screenshots
{
    /// <summary>The folder screenshots go to, or null when none are asked for.</summary>
    public static string? Folder { get; } = Environment.GetEnvironmentVariable("BRIEFING_SCREENSHOTS") is { Length: > 0 } f ? Path.GetFullPath(f) : null;

    /// <summary>Saves the whole page of <paramref name="tab"/> as <c>name.png</c> when screenshots are asked for.</summary>
    public static async Task Save(BrowserTab tab, string name)
    {
        if (Folder is null) return;
        Directory.CreateDirectory(Folder);
        await tab.Page.ScreenshotAsync(new() { Path = Path.Combine(Folder, name + ".png"), FullPage = true });
    }
}
