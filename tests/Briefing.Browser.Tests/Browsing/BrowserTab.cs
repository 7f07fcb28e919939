using Microsoft.Playwright;

namespace Briefing.Browser.Tests.Browsing;

/// <summary>One page opened in a browser context of its own (its own viewport, colour scheme and storage); disposing closes the context.</summary>
public sealed class BrowserTab(IBrowserContext context, IPage page, IResponse? response, IReadOnlyList<string> errors) : IAsyncDisposable
{
    /// <summary>The page, for Playwright's locators and assertions.</summary>
    public IPage Page { get; } = page;

    /// <summary>The response to the navigation (its status: 404 for the not-found page).</summary>
    public IResponse? Response { get; } = response;

    /// <summary>Uncaught script errors and console errors seen so far, as text.</summary>
    public IReadOnlyList<string> Errors { get; } = errors;

    /// <inheritdoc />
    public ValueTask DisposeAsync() => new(context.CloseAsync());
}
