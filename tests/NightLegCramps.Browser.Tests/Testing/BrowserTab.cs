using Microsoft.Playwright;

namespace NightLegCramps.Browser.Tests.Testing;

/// <summary>A page open in its own browser context, with what went wrong while it loaded.</summary>
public sealed class BrowserTab : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    public BrowserTab(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error") ConsoleErrors.Enqueue(message.Text);
        };
        page.PageError += (_, error) => ConsoleErrors.Enqueue(error);
        page.RequestFailed += (_, request) => FailedRequests.Enqueue($"{request.Url}: {request.Failure}");
        page.Response += (_, response) =>
        {
            // The page itself may answer 404 (the "not found" page); anything it loads must succeed.
            if (response.Status >= 400 && response.Request.ResourceType != "document") FailedRequests.Enqueue($"{response.Url}: HTTP {response.Status}");
        };
    }

    public IPage Page { get; }

    // Playwright raises its events on its own thread while a test may be reading these: hence concurrent queues.
    public System.Collections.Concurrent.ConcurrentQueue<string> ConsoleErrors { get; } = [];

    public System.Collections.Concurrent.ConcurrentQueue<string> FailedRequests { get; } = [];

    public IResponse? Response { get; private set; }

    public async Task GoToAsync(Uri address) =>
        Response = await Page.GotoAsync(address.ToString(), new() { WaitUntil = WaitUntilState.Load });

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
