using Microsoft.Playwright;
using NightLegCramps.Browser.Tests.Testing;

namespace NightLegCramps.Browser.Tests.Pages;

/// <summary>A reader in pain at night: what to do now is on the first screen, and the page is not cluttered.</summary>
public sealed class MomentOfNeedTests(BrowserSite site)
{
    /// <summary>A small phone with the browser's own bars taking some of the screen.</summary>
    private static readonly ViewportSize SmallPhone = new() { Width = 390, Height = 700 };

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task The_home_page_opens_with_what_to_do_during_a_cramp_on_the_first_screen(string theme)
    {
        await using var tab = await site.ReadAsync("/", SmallPhone, theme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        var panel = tab.Page.Locator("main .callout-now");

        Assert.Equal(1, await panel.CountAsync());
        var box = await panel.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Y >= 0 && box.Y + box.Height <= SmallPhone.Height,
            $"the panel spans {box.Y}..{box.Y + box.Height}px; the first screen ends at {SmallPhone.Height}px");
        Assert.StartsWith("Having a cramp now?", (await panel.InnerTextAsync()).Trim(), StringComparison.Ordinal);
        Assert.InRange(await panel.Locator("ol > li").CountAsync(), 2, 3);
        var relief = panel.GetByRole(AriaRole.Link, new() { Name = "More ways to ease a cramp" });
        Assert.Equal("/relief", await relief.GetAttributeAsync("href"));
        Assert.True(await relief.IsVisibleAsync());
        // Nothing on the page comes before it but the title and the summary.
        var before = await tab.Page.EvaluateAsync<string[]>(
            "() => [...document.querySelector('main').children].slice(0, [...document.querySelector('main').children].indexOf(document.querySelector('.callout-now'))).map(e => e.tagName + '.' + e.className)");
        Assert.Equal(["H1.", "P.summary"], before);
    }

    [Fact]
    public async Task The_section_link_mark_shows_on_hover_and_keyboard_focus_only_and_keeps_its_spoken_name()
    {
        await using var tab = await site.OpenAsync("/relief");
        var page = tab.Page;
        var link = page.GetByRole(AriaRole.Link, new() { Name = "Link to the section: What to try" });
        var mark = link.Locator("[aria-hidden=true]");

        Assert.Equal(1, await link.CountAsync()); // announced by its name, so a screen reader still finds it
        Assert.Equal("0", await OpacityAsync(mark));

        await page.Locator(".section-heading", new() { Has = link }).HoverAsync();
        Assert.Equal("1", await OpacityAsync(mark));

        await page.Mouse.MoveAsync(0, 0);
        Assert.Equal("0", await OpacityAsync(mark));
        for (var step = 0; step < 40 && !await link.EvaluateAsync<bool>("e => e === document.activeElement"); step++)
        {
            await page.Keyboard.PressAsync("Tab");
        }
        Assert.True(await link.EvaluateAsync<bool>("e => e === document.activeElement"), "Tab never reached the section link");
        Assert.Equal("1", await OpacityAsync(mark));

        // A plain link to the section: it works with no script at all.
        await page.Keyboard.PressAsync("Enter");
        // The jump to the section is a navigation of its own, which may end after the key press returns.
        await page.WaitForFunctionAsync("() => location.hash === '#what-to-try'", null, new() { Timeout = 5000 });
        Assert.EndsWith("/relief#what-to-try", page.Url, StringComparison.Ordinal);
    }

    private static Task<string> OpacityAsync(ILocator element) => element.EvaluateAsync<string>("e => getComputedStyle(e).opacity");
}
