using Microsoft.Playwright;
using NightLegCramps.Browser.Tests.Testing;
using NightLegCramps.Testing;

namespace NightLegCramps.Browser.Tests.Pages;

/// <summary>"Is this page useful?" in a real browser: without JavaScript (post, redirect, :target) and with it (in place).</summary>
public sealed class FeedbackTests(BrowserSite browser) : IAsyncLifetime
{
    // Its own site, whose Site:BaseUrl is the address the browser posts from.
    private readonly KestrelSite _site = KestrelSite.AtItsOwnAddress(new Dictionary<string, string?> { ["Feedback:PostsPerMinute"] = "1000" });

    private async Task<BrowserTab> OpenAsync(string path, bool javaScript)
    {
        var context = await browser.Browser.NewContextAsync(new() { JavaScriptEnabled = javaScript, ViewportSize = Viewports.Phone });
        var tab = new BrowserTab(context, await context.NewPageAsync());
        await tab.GoToAsync(new Uri(_site.BaseAddress, path));
        return tab;
    }

    private static ILocator Feedback(IPage page) => page.Locator("section.feedback");

    [Fact]
    public async Task Without_javascript_no_leads_to_the_second_step_and_send_to_the_thank_you()
    {
        await using var tab = await OpenAsync("/relief", javaScript: false);
        var page = tab.Page;
        Assert.False(await Feedback(page).Locator("#feedback-more").IsVisibleAsync());

        await Feedback(page).GetByRole(AriaRole.Button, new() { Name = "No", Exact = true }).ClickAsync();
        await tab.ArrivedAtAsync("/relief#feedback-more");
        await Assertions.Expect(page.Locator("#feedback-more")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#feedback-more")).ToContainTextAsync("We have saved your answer.");
        await Assertions.Expect(Feedback(page).Locator(".feedback-question")).ToBeHiddenAsync();
        await page.GetByLabel("Something I needed was missing").CheckAsync();
        await page.GetByLabel("Tell us more (optional)").FillAsync("Nothing about cramps in the feet");
        await Feedback(page).GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await tab.ArrivedAtAsync("/relief#feedback-thanks");

        await Assertions.Expect(page.Locator("#feedback-thanks")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#feedback-more")).ToBeHiddenAsync();
        var rows = await _site.RowsAsync();
        Assert.Equal([(false, null, null), ((bool?)null, "missing-something", "Nothing about cramps in the feet")], rows.Select(r => (r.Useful, r.Reasons, r.Comment)));
    }

    [Fact]
    public async Task With_javascript_the_answer_is_taken_in_place_without_leaving_the_page()
    {
        await using var tab = await OpenAsync("/relief", javaScript: true);
        var page = tab.Page;

        await Feedback(page).GetByRole(AriaRole.Button, new() { Name = "No", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#feedback-more")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#feedback-more")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#feedback-more")).ToContainTextAsync("We have saved your answer.");
        await page.GetByLabel("It was hard to understand").CheckAsync();
        await Feedback(page).GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await Assertions.Expect(page.Locator("#feedback-thanks")).ToBeVisibleAsync();

        Assert.Equal("/relief", new Uri(page.Url).PathAndQuery);
        Assert.Equal("", new Uri(page.Url).Fragment); // no redirect was followed: the script did it
        Assert.Empty(tab.ConsoleErrors); // nothing the strict CSP blocked
        var rows = await _site.RowsAsync();
        Assert.Equal([(false, null), ((bool?)null, "hard-to-understand")], rows.Select(r => (r.Useful, r.Reasons)));
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _site.DisposeAsync();
}
