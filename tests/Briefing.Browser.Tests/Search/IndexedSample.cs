using Briefing.Browser.Tests.Browsing;
using Briefing.Cli.Search;
using Briefing.Tests.Search;
using Briefing.Tests.Support;

namespace Briefing.Browser.Tests.Search;

/// <summary>
/// The sample site under <c>/desk/</c> as <c>briefing build</c> makes it with search: written, then indexed by the
/// pinned Pagefind (installed into the tests' shared cache), then served.
/// </summary>
public sealed class IndexedSample : IAsyncLifetime
{
    private ServedSite? _site;

    /// <summary>The served site.</summary>
    public ServedSite Site => _site ?? throw new InvalidOperationException("the fixture is not started");

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        SearchCache.Use();
        var (tool, problem) = await PagefindTool.Locate();
        if (tool is null) throw new InvalidOperationException("Pagefind is needed for the search page's tests: " + problem);
        _site = await ServedSite.Start(SampleSite.Build(BrowserFixture.SampleBaseUrl), async folder =>
        {
            if (await tool.Index(folder) is { } failure) throw new InvalidOperationException("Pagefind failed: " + failure);
        });
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_site is not null) await _site.DisposeAsync();
    }
}
