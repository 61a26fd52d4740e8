using Microsoft.Extensions.DependencyInjection;
using NightLegCramps.Browser.Tests.Testing;
using NightLegCramps.Content.Loading;
using NightLegCramps.Web.Export;

namespace NightLegCramps.Browser.Tests.Pages;

/// <summary>
/// The static export in a browser, served by Python's http.server: the server there ignores the query, so the
/// conditions page's own script applies <c>?q=</c> from the address; and no offline copies are kept there.
/// </summary>
public sealed class ExportedFilterTests(BrowserSite browser)
{
    private const string ShownEntries = ".condition-category li:visible";

    [Fact]
    public async Task The_exported_conditions_page_filters_by_the_q_in_its_address()
    {
        using var export = await ExportAsync();
        await using var server = await StaticServer.PythonAsync(export.Path);
        await using var tab = await browser.OpenAsync(new Uri(server.BaseAddress, "/conditions/"));
        var searchTexts = await tab.Page.Locator(".condition-list [data-search]").EvaluateAllAsync<string[]>("all => all.map(e => e.dataset.search)");
        var word = AWordSomeConditionsHave(searchTexts);

        await tab.GoToAsync(new Uri(server.BaseAddress, "/conditions/?q=" + Uri.EscapeDataString(word)));
        await using var live = await browser.ReadAsync("/conditions?q=" + Uri.EscapeDataString(word));

        // The same entries as the live site, where the server filtered the list.
        var shown = await tab.Page.Locator(ShownEntries).AllInnerTextsAsync();
        Assert.Equal(word, await tab.Page.GetByLabel("Find a condition").InputValueAsync());
        Assert.InRange(shown.Count, 1, searchTexts.Length - 1);
        Assert.Equal(await live.Page.Locator(ShownEntries).AllInnerTextsAsync(), shown);
        Assert.Equal(await live.Page.Locator("#condition-count").InnerTextAsync(), await tab.Page.Locator("#condition-count").InnerTextAsync());
        Assert.Empty(tab.ConsoleErrors);
        Assert.Empty(tab.FailedRequests);
    }

    [Fact]
    public async Task The_exported_pages_register_no_service_worker_and_show_no_offline_note()
    {
        using var export = await ExportAsync();
        await using var server = await StaticServer.PythonAsync(export.Path);
        await using var tab = await browser.OpenAsync(new Uri(server.BaseAddress, "/relief/"));
        var requested = new System.Collections.Concurrent.ConcurrentQueue<string>();
        tab.Page.Request += (_, request) => requested.Enqueue(new Uri(request.Url).AbsolutePath);

        // A second page, reached by its link, as a reader would: a worker registered on the first would be active now.
        await tab.Page.Locator("main a[href='/when-to-see-a-doctor/']").First.ClickAsync();
        await tab.Page.WaitForURLAsync("**/when-to-see-a-doctor/");
        await tab.Page.ReloadAsync();

        Assert.Equal(0, await tab.Page.EvaluateAsync<int>("async () => (await navigator.serviceWorker.getRegistrations()).length"));
        Assert.DoesNotContain("/sw.js", requested.ToArray());
        Assert.Equal(0, await tab.Page.Locator(".offline-note").CountAsync());
        Assert.Empty(tab.ConsoleErrors);
        Assert.Empty(tab.FailedRequests);
    }

    /// <summary>The fixture site exported as the export command does, into a folder the test owns.</summary>
    private async Task<TempFolder> ExportAsync()
    {
        _ = browser.Browser; // skip (or fail in CI) before exporting when there is no Chromium
        var export = new TempFolder();
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = browser.Site.BaseAddress };
        var pages = browser.Site.Services.GetRequiredService<ContentStore>().Current.AllPages.Select(p => p.Path);
        await new SiteExporter(client, "https://nightlegcramps.example.org").ExportAsync(pages, export.Path, TestContext.Current.CancellationToken);
        return export;
    }

    /// <summary>A word in some conditions' search text but not in all of them.</summary>
    private static string AWordSomeConditionsHave(string[] searchTexts) =>
        searchTexts.SelectMany(t => t.Split(' ')).Where(w => w.Length > 3)
            .First(w => searchTexts.Any(t => !t.Contains(w, StringComparison.Ordinal)));
}
