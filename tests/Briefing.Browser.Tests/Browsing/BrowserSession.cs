using Briefing.Building;
using Microsoft.Playwright;

namespace Briefing.Browser.Tests.Browsing;

/// <summary>Playwright's driver, the one Chromium it launched, and the sample site served: started and stopped together.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IPlaywright _playwright;

    private BrowserSession(IPlaywright playwright, IBrowser browser, ServedSite sample)
    {
        _playwright = playwright;
        Browser = browser;
        Sample = sample;
    }

    /// <summary>The browser.</summary>
    public IBrowser Browser { get; }

    /// <summary>The sample site, served.</summary>
    public ServedSite Sample { get; }

    /// <summary>Launches Debian's Chromium headless (installing it first if need be, see <see cref="Chromium"/>) and serves <paramref name="sample"/>.</summary>
    public static async Task<BrowserSession> Start(BuildResult sample)
    {
        var executable = await Chromium.Require();
        // The driver is the Node.js and Playwright package inside the NuGet package; with ExecutablePath it downloads nothing.
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = executable, Headless = true });
        return new BrowserSession(playwright, browser, await ServedSite.Start(sample));
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Sample.DisposeAsync();
        await Browser.CloseAsync();
        _playwright.Dispose();
    }
}
