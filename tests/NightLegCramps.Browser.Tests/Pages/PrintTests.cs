using Microsoft.Playwright;
using NightLegCramps.Browser.Tests.Testing;

namespace NightLegCramps.Browser.Tests.Pages;

/// <summary>A printed page is the content only: no navigation, no search box, no link buttons.</summary>
public sealed class PrintTests(BrowserSite site)
{
    [Theory]
    [InlineData("/when-to-see-a-doctor")]
    [InlineData("/conditions")]
    public async Task Printing_hides_navigation_and_keeps_the_content(string path)
    {
        await using var tab = await site.ReadAsync(path);
        var page = tab.Page;
        Assert.True(await page.Locator("nav").First.IsVisibleAsync()); // on screen, there is navigation

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        Assert.Equal(0, await page.Locator("nav:visible, .site-header:visible, .skip-link:visible, .section-link:visible, form:visible").CountAsync());
        Assert.True(await page.Locator("h1").IsVisibleAsync());
        Assert.True(await page.Locator("main p").First.IsVisibleAsync());
    }
}
