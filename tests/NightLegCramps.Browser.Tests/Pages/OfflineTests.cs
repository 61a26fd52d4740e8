using System.Globalization;
using Microsoft.Playwright;
using NightLegCramps.Browser.Tests.Testing;

namespace NightLegCramps.Browser.Tests.Pages;

/// <summary>
/// Offline once visited (wwwroot/sw.js): pages a reader opened, and help for a cramp, still open with no network;
/// a page never opened gets a friendly page; online, a new version of a page always replaces the saved copy.
/// </summary>
public sealed class OfflineTests(BrowserSite site)
{
    private const string Cache = "nlc-v1";

    [Fact]
    public async Task A_page_opened_earlier_opens_offline_with_a_note_saying_when_it_was_saved()
    {
        await using var tab = await site.OpenAsync("/prevention");
        var page = tab.Page;
        var title = await page.Locator("h1").InnerTextAsync();
        await WaitUntilSavedAsync(page, "/prevention");
        Assert.True(await page.Locator(".offline-note").IsHiddenAsync()); // online: no note
        // A first visit with the service worker installing loads cleanly (the tabs that ReadAsync reuses block it).
        Assert.Empty(tab.ConsoleErrors);
        Assert.Empty(tab.FailedRequests);

        await page.Context.SetOfflineAsync(true);
        await page.GotoAsync(new Uri(site.Site.BaseAddress, "/prevention").ToString());

        Assert.Equal(title, await page.Locator("h1").InnerTextAsync());
        var today = DateTime.Now.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
        Assert.Equal($"You are offline. This copy was saved on {today}.", (await page.Locator(".offline-note").InnerTextAsync()).Trim());
        Assert.True(await page.Locator(".offline-note").IsVisibleAsync());
    }

    [Fact]
    public async Task Help_for_a_cramp_is_kept_offline_even_if_never_opened_and_other_pages_get_a_friendly_page()
    {
        await using var tab = await site.OpenAsync("/causes-and-risk");
        var page = tab.Page;
        await WaitUntilSavedAsync(page, "/relief", "/when-to-see-a-doctor", "/", "/offline");

        await page.Context.SetOfflineAsync(true);

        await page.GotoAsync(new Uri(site.Site.BaseAddress, "/relief").ToString());
        Assert.Equal("How to ease a cramp", await page.Locator("h1").InnerTextAsync());
        Assert.True(await page.Locator(".offline-note").IsVisibleAsync());

        var response = await page.GotoAsync(new Uri(site.Site.BaseAddress, "/not-recommended").ToString());
        Assert.Equal("You are offline", await page.Locator("h1").InnerTextAsync());
        Assert.Equal(200, response?.Status);
        var links = await page.Locator("main .topic-list a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(["/", "/relief", "/when-to-see-a-doctor"], links);
        await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "How to ease a cramp" }).ClickAsync();
        await page.WaitForURLAsync("**/relief");
        Assert.Equal("How to ease a cramp", await page.Locator("h1").InnerTextAsync());
    }

    [Fact]
    public async Task A_content_edit_reaches_an_online_reader_who_has_a_saved_copy()
    {
        using var content = new TempContent();
        await using var edited = KestrelSite.With(new Dictionary<string, string?> { ["Content:Path"] = content.Folder });
        var context = await site.Browser.NewContextAsync(new() { ViewportSize = Viewports.Phone });
        try
        {
            var page = await context.NewPageAsync();
            var address = new Uri(edited.BaseAddress, "/prevention").ToString();
            await page.GotoAsync(address);
            await WaitUntilSavedAsync(page, "/prevention");
            await page.ReloadAsync(); // now served through the service worker, from a saved copy's point of view
            Assert.True(await page.EvaluateAsync<bool>("() => navigator.serviceWorker.controller !== null"));

            content.Write("prevention.md", content.Read("prevention.md").Replace(
                "title: ", "title: Edited ", StringComparison.Ordinal));

            string heading;
            var deadline = DateTime.UtcNow.AddSeconds(20);
            do
            {
                await page.GotoAsync(address);
                heading = await page.Locator("h1").InnerTextAsync();
            }
            while (!heading.StartsWith("Edited ", StringComparison.Ordinal) && DateTime.UtcNow < deadline && await Pause());
            Assert.StartsWith("Edited ", heading, StringComparison.Ordinal);

            // And the saved copy is the new version: offline, the reader sees the edit too.
            await WaitUntilSavedAsync(page, ["/prevention"], "Edited ");
            await context.SetOfflineAsync(true);
            await page.GotoAsync(address);
            Assert.StartsWith("Edited ", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
            Assert.True(await page.Locator(".offline-note").IsVisibleAsync());
        }
        finally
        {
            await context.DisposeAsync();
        }
    }

    [Fact]
    public async Task Without_javascript_no_service_worker_is_registered()
    {
        var context = await site.Browser.NewContextAsync(new() { JavaScriptEnabled = false, ViewportSize = Viewports.Phone });
        try
        {
            var page = await context.NewPageAsync();
            // Playwright raises Request on its own thread, so the list must take adds while the test reads it.
            var requested = new System.Collections.Concurrent.ConcurrentQueue<string>();
            page.Request += (_, request) => requested.Enqueue(new Uri(request.Url).AbsolutePath);

            await page.GotoAsync(new Uri(site.Site.BaseAddress, "/relief").ToString());
            await page.ReloadAsync();

            Assert.DoesNotContain("/sw.js", requested.ToArray());
            Assert.True(await page.Locator(".offline-note").IsHiddenAsync());
            Assert.Equal("How to ease a cramp", await page.Locator("h1").InnerTextAsync());
        }
        finally
        {
            await context.DisposeAsync();
        }
    }

    private static async Task<bool> Pause()
    {
        await Task.Delay(200, TestContext.Current.CancellationToken);
        return true;
    }

    private static async Task WaitUntilSavedAsync(IPage page, params string[] paths) => await WaitUntilSavedAsync(page, paths, null);

    /// <summary>Waits until the service worker has saved these pages (and, if given, copies holding that text).</summary>
    private static async Task WaitUntilSavedAsync(IPage page, string[] paths, string? mustContain)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var saved = await page.EvaluateAsync<bool>("""
                async ([cache, paths, text]) => {
                  if (!(await caches.has(cache))) return false;
                  const c = await caches.open(cache);
                  for (const p of paths) {
                    const r = await c.match(new URL(p, location.origin).href);
                    if (!r) return false;
                    if (text && !(await r.text()).includes(text)) return false;
                  }
                  return true;
                }
                """, new object?[] { Cache, paths, mustContain ?? "" });
            if (saved) return;
            Assert.True(DateTime.UtcNow < deadline, $"the service worker did not save {string.Join(", ", paths)} within 20 s");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }
}
