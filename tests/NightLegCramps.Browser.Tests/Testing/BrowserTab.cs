using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace NightLegCramps.Browser.Tests.Testing;

/// <summary>A page open in the browser, with what went wrong while it loaded.</summary>
public sealed class BrowserTab : IAsyncDisposable
{
    private readonly Func<ValueTask> _close;

    /// <summary>A page in a browser context of its own, closed with the tab.</summary>
    public BrowserTab(IBrowserContext context, IPage page)
        : this(page, context.DisposeAsync)
    {
    }

    /// <summary>A page that <paramref name="close"/> closes or hands back for another test.</summary>
    public BrowserTab(IPage page, Func<ValueTask> close)
    {
        _close = close;
        Page = page;
        page.Console += OnConsole;
        page.PageError += OnPageError;
        page.RequestFailed += OnRequestFailed;
        page.Response += OnResponse;
    }

    public IPage Page { get; }

    // Playwright raises its events on its own thread while a test may be reading these: hence concurrent queues.
    public System.Collections.Concurrent.ConcurrentQueue<string> ConsoleErrors { get; } = [];

    public System.Collections.Concurrent.ConcurrentQueue<string> FailedRequests { get; } = [];

    public IResponse? Response { get; private set; }

    public async Task GoToAsync(Uri address) =>
        Response = await Page.GotoAsync(address.ToString(), new() { WaitUntil = WaitUntilState.Load });

    /// <summary>
    /// Waits until a click or a post has taken the tab to <paramref name="pathAndQuery"/> (a #fragment after it may
    /// follow), retrying the address until it matches; the new page's words are then waited for by the test. Not
    /// <c>WaitForURLAsync</c>: once the address matches it waits for a load state that Playwright sometimes never
    /// reports for an address with a #fragment, and tests timed out at 30 s.
    /// </summary>
    public Task ArrivedAtAsync(string pathAndQuery) =>
        Assertions.Expect(Page).ToHaveURLAsync(new Regex(Regex.Escape(pathAndQuery) + "(#.*)?$"), new() { Timeout = 15_000 });

    public async ValueTask DisposeAsync()
    {
        Page.Console -= OnConsole;
        Page.PageError -= OnPageError;
        Page.RequestFailed -= OnRequestFailed;
        Page.Response -= OnResponse;
        await _close();
    }

    private void OnConsole(object? sender, IConsoleMessage message)
    {
        if (message.Type == "error") ConsoleErrors.Enqueue($"{message.Text} ({message.Location})");
    }

    private void OnPageError(object? sender, string error) => ConsoleErrors.Enqueue(error);

    private void OnRequestFailed(object? sender, IRequest request) => FailedRequests.Enqueue($"{request.Url}: {request.Failure}");

    private void OnResponse(object? sender, IResponse response)
    {
        // The page itself may answer 404 (the "not found" page); anything it loads must succeed.
        if (response.Status >= 400 && response.Request.ResourceType != "document") FailedRequests.Enqueue($"{response.Url}: HTTP {response.Status}");
    }
}
