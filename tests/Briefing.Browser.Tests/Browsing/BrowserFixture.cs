using Briefing.Building;
using Briefing.Tests.Support;
using Microsoft.Playwright;

namespace Briefing.Browser.Tests.Browsing;

/// <summary>
/// What every browser test shares: one headless Debian Chromium driven by Playwright, and the sample site (input/)
/// built under a base path and served on loopback. A test class takes it with <c>IClassFixture&lt;BrowserFixture&gt;</c>;
/// each test opens its pages in a fresh browser context (<see cref="Open"/>), and a test with a site of its own
/// serves it with <see cref="Serve(string)"/>.
/// </summary>
/// <remarks>
/// xunit runs test classes in parallel and a class's tests one after another, so the browser is not the class's:
/// every instance uses the one <see cref="BrowserSession"/> of the process, started by the first and closed by the
/// last that is still open. Classes running at once share one browser with a context each.
/// </remarks>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>The base URL the sample site is built under: its pages are served under <c>/desk/</c>, not at the root.</summary>
    public const string SampleBaseUrl = "https://example.org/desk/";

    private static readonly Lazy<BuildResult> SampleBuild = new(() => SampleSite.Build(SampleBaseUrl));
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static BrowserSession? _session;
    private static int _users;
    private BrowserSession? _mine;

    /// <summary>The sample site's build (also read while tests are discovered, to list its page kinds).</summary>
    public static BuildResult SampleResult => SampleBuild.Value;

    /// <summary>The one browser of the run.</summary>
    public IBrowser Browser => Session.Browser;

    /// <summary>The sample site, served.</summary>
    public ServedSite Sample => Session.Sample;

    private BrowserSession Session => _mine ?? throw new InvalidOperationException("the fixture is not started");

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        await Gate.WaitAsync();
        try
        {
            _session ??= await BrowserSession.Start(SampleResult);
            _users++;
            _mine = _session;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Builds a site held in one string of <c>-- path --</c> sections (see <see cref="TestSite"/>) and serves it; dispose it at the end of the test.</summary>
    public Task<ServedSite> Serve(string sections) => Serve(sections, new BuildOptions(Strict: true));

    /// <summary>Builds <paramref name="sections"/> with <paramref name="options"/> and serves it.</summary>
    public Task<ServedSite> Serve(string sections, BuildOptions options) => ServedSite.Start(TestSite.Build(sections, options).Result);

    /// <summary>Opens <paramref name="path"/> of <paramref name="site"/> in a fresh context with <paramref name="screen"/> (the desktop when not given) and <paramref name="scheme"/>.</summary>
    public async Task<BrowserTab> Open(ServedSite site, string path, Screen? screen = null, ColorScheme scheme = ColorScheme.Light)
    {
        screen ??= Screen.Desktop;
        var context = await Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = screen.Width, Height = screen.Height },
            IsMobile = screen.IsMobile,
            HasTouch = screen.IsMobile,
            ColorScheme = scheme,
        });
        context.SetDefaultTimeout(15_000);
        var errors = new List<string>();
        var page = await context.NewPageAsync();
        page.PageError += (_, message) => { lock (errors) errors.Add("script error: " + message); };
        page.Console += (_, message) => { if (message.Type == "error") lock (errors) errors.Add("console error: " + message.Text); };
        var response = await page.GotoAsync(site.Url(path), new() { WaitUntil = WaitUntilState.Load });
        return new BrowserTab(context, page, response, errors);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_mine is null) return;
            _mine = null;
            if (--_users > 0) return;
            await _session!.DisposeAsync();
            _session = null;
        }
        finally
        {
            Gate.Release();
        }
    }
}
