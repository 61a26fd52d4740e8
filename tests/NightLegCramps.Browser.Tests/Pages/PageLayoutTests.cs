using NightLegCramps.Browser.Tests.Testing;

namespace NightLegCramps.Browser.Tests.Pages;

/// <summary>Every page, on a phone and on a laptop: fits the screen, shows its title first, loads cleanly.</summary>
public sealed class PageLayoutTests(BrowserSite site)
{
    [Theory]
    [MemberData(nameof(SitePages.All), MemberType = typeof(SitePages))]
    public async Task Page_fits_a_phone_and_a_laptop_shows_its_title_and_loads_without_errors(string path)
    {
        // A first visit: ReadAsync empties the tab of the site's cookies, storage, service worker and cached files.
        await using var tab = await site.ReadAsync(path, Viewports.Phone);

        // The phone first, then the same page widened to a laptop's screen: one load, both layouts.
        foreach (var screen in new[] { Viewports.Phone, Viewports.Desktop })
        {
            await tab.Page.SetViewportSizeAsync(screen.Width, screen.Height);
            var overflow = await tab.Page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"{path} at {screen.Width}px scrolls sideways by {overflow}px");

            var h1 = await tab.Page.Locator("h1").BoundingBoxAsync();
            Assert.NotNull(h1);
            Assert.True(h1.Y >= 0 && h1.Y + h1.Height <= screen.Height, $"{path} at {screen.Width}px: the h1 spans {h1.Y}..{h1.Y + h1.Height}px, below the first {screen.Height}px");
        }

        var errors = tab.ConsoleErrors.Where(e => !IsOwnStatusLine(path, e)).ToList();
        Assert.True(errors.Count == 0, $"{path}: {string.Join("; ", errors)}");
        Assert.Empty(tab.FailedRequests);
    }

    // Chromium logs the "not found" page's own 404 status as a console error; that status is the point of the page.
    private static bool IsOwnStatusLine(string path, string error) =>
        path.EndsWith(SitePages.NotFound, StringComparison.Ordinal) && error.Contains("status of 404", StringComparison.Ordinal); // /no-such-page, /es/no-such-page
}
