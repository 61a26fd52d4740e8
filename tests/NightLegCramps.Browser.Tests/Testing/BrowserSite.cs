using Microsoft.Playwright;

namespace NightLegCramps.Browser.Tests.Testing;

/// <summary>
/// One site and one Chromium for the whole run, shared by every test class as an assembly fixture so the classes
/// can still run in parallel (each test opens its own cheap browser context).
/// Without Chromium the tests skip and say how to install it, unless REQUIRE_BROWSER=1 (CI), where they fail.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string _missing = "";

    public KestrelSite Site { get; } = new();

    public async ValueTask InitializeAsync()
    {
        var chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            _missing = $"Chromium was not found at {chromium}. Install it (apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary.";
            return;
        }
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Args = ChromiumArgs });
    }

    /// <summary>The browser, or a skip (a fail under REQUIRE_BROWSER=1) when Chromium is missing.</summary>
    public IBrowser Browser
    {
        get
        {
            if (_browser is not null) return _browser;
            if (Environment.GetEnvironmentVariable("REQUIRE_BROWSER") == "1") Assert.Fail(_missing + " (REQUIRE_BROWSER=1 demands it.)");
            Assert.Skip(_missing);
            return null!; // not reached: Skip throws
        }
    }

    /// <summary>Opens a path in a new browser context, recording console errors and failed requests.</summary>
    public Task<BrowserTab> OpenAsync(string path, BrowserNewContextOptions? options = null) =>
        OpenAsync(new Uri(Site.BaseAddress, path), options);

    /// <summary>Opens any address (another server's, such as a static export's) the same way.</summary>
    public async Task<BrowserTab> OpenAsync(Uri address, BrowserNewContextOptions? options = null)
    {
        var context = await Browser.NewContextAsync(options ?? new BrowserNewContextOptions { ViewportSize = Viewports.Phone });
        var tab = new BrowserTab(context, await context.NewPageAsync());
        await tab.GoToAsync(address);
        return tab;
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        await Site.DisposeAsync();
    }
}
