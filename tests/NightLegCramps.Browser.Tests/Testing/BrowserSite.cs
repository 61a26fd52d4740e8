using Microsoft.Playwright;

namespace NightLegCramps.Browser.Tests.Testing;

/// <summary>
/// One site and one Chromium for the whole run, shared by every test class as an assembly fixture so the classes
/// can still run in parallel. A test that only reads a page takes a reused tab (<see cref="ReadAsync"/>); a test that
/// changes the browser's state opens its own browser context (<see cref="OpenAsync(string, BrowserNewContextOptions?)"/>).
/// Without Chromium the tests skip and say how to install it, unless REQUIRE_BROWSER=1 (CI), where they fail.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    /// <summary>
    /// Debian's Chromium, in the order the tests prefer it. The headless shell is the same engine without the
    /// browser's windows and toolbars; it is what Playwright itself runs headless. Here it ran the browser tests
    /// on about a third less CPU than the full browser (57-63 against 86 CPU-seconds, 170 tests).
    /// </summary>
    private static readonly string[] Installed = ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium"];

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string _missing = "";

    /// <summary>Tabs handed back by tests that only read a page, for the next such test.</summary>
    private readonly System.Collections.Concurrent.ConcurrentBag<IPage> _readers = [];

    public KestrelSite Site { get; } = new();

    public async ValueTask InitializeAsync()
    {
        var chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured
            ? configured
            : Installed.FirstOrDefault(File.Exists) ?? Installed[^1];
        if (!File.Exists(chromium))
        {
            _missing = $"Chromium was not found at {chromium}. Install it (apt-get install chromium-headless-shell, or chromium) or set CHROMIUM_PATH to a Chromium binary.";
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

    /// <summary>
    /// Opens a path for a test that only reads the page (looks at it, measures it, presses Tab, runs axe, prints it)
    /// in a tab an earlier such test may have used. The tab is first emptied of everything the site stored (cookies,
    /// storage, caches, the service worker) and of the browser's HTTP cache, so the page loads as for a first-time
    /// reader. A new tab costs Chromium far more CPU than loading a page in an open one.
    /// The tab goes straight from the last test's page to the next one: both are on this site, so Chromium keeps
    /// the same renderer process. A stop at about:blank on the way made it start a new renderer for every page.
    /// These tabs do not let the site install its service worker: on every first visit it would fetch and store
    /// the pages it keeps for offline reading, which took about a fifth of the browser tests' CPU (78 against
    /// 60 CPU-seconds). The offline tests check the service worker, in contexts of their own.
    /// A test that changes the browser itself (offline, the mouse, a context's options) uses
    /// <see cref="OpenAsync(string, BrowserNewContextOptions?)"/>.
    /// </summary>
    public async Task<BrowserTab> ReadAsync(string path, ViewportSize? viewport = null, ColorScheme colorScheme = ColorScheme.Light)
    {
        if (_readers.TryTake(out var page))
        {
            var devTools = await page.Context.NewCDPSessionAsync(page);
            await devTools.SendAsync("Storage.clearDataForOrigin", new() { ["origin"] = Site.BaseAddress.GetLeftPart(UriPartial.Authority), ["storageTypes"] = "all" });
            await devTools.SendAsync("Network.clearBrowserCache");
            await devTools.DetachAsync();
            await page.Context.ClearCookiesAsync();
        }
        else
        {
            page = await (await Browser.NewContextAsync(new() { ServiceWorkers = ServiceWorkerPolicy.Block })).NewPageAsync();
        }
        var screen = viewport ?? Viewports.Phone;
        await page.SetViewportSizeAsync(screen.Width, screen.Height);
        // No media emulation (print tests emulate print; a PDF is printed with print styles only when screen is not forced).
        await page.EmulateMediaAsync(new() { Media = Media.Null, ColorScheme = colorScheme });
        var tab = new BrowserTab(page, () =>
        {
            _readers.Add(page);
            return ValueTask.CompletedTask;
        });
        await tab.GoToAsync(new Uri(Site.BaseAddress, path));
        return tab;
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        await Site.DisposeAsync();
    }
}
