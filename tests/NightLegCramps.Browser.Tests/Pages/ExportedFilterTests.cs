using Microsoft.Extensions.DependencyInjection;
using NightLegCramps.Browser.Tests.Testing;
using NightLegCramps.Content.Loading;
using NightLegCramps.Web.Export;

namespace NightLegCramps.Browser.Tests.Pages;

/// <summary>
/// The conditions filter in a static export, served by Python's http.server: the server there ignores the
/// query, so the page's own script applies <c>?q=</c> from the address.
/// </summary>
public sealed class ExportedFilterTests(BrowserSite browser)
{
    private const string ShownEntries = ".condition-category li:visible";

    [Fact]
    public async Task The_exported_conditions_page_filters_by_the_q_in_its_address()
    {
        _ = browser.Browser; // skip (or fail in CI) before exporting when there is no Chromium
        using var export = new TempFolder();
        using (var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = browser.Site.BaseAddress })
        {
            var pages = browser.Site.Services.GetRequiredService<ContentStore>().Current.AllPages.Select(p => p.Path);
            await new SiteExporter(client, "https://nightlegcramps.example.org").ExportAsync(pages, export.Path, TestContext.Current.CancellationToken);
        }
        await using var server = await StaticServer.PythonAsync(export.Path);
        await using var tab = await browser.OpenAsync(new Uri(server.BaseAddress, "/conditions/"));
        var searchTexts = await tab.Page.Locator(".condition-list [data-search]").EvaluateAllAsync<string[]>("all => all.map(e => e.dataset.search)");
        var word = AWordSomeConditionsHave(searchTexts);

        await tab.GoToAsync(new Uri(server.BaseAddress, "/conditions/?q=" + Uri.EscapeDataString(word)));
        await using var live = await browser.OpenAsync("/conditions?q=" + Uri.EscapeDataString(word));

        // The same entries as the live site, where the server filtered the list.
        var shown = await tab.Page.Locator(ShownEntries).AllInnerTextsAsync();
        Assert.Equal(word, await tab.Page.GetByLabel("Find a condition").InputValueAsync());
        Assert.InRange(shown.Count, 1, searchTexts.Length - 1);
        Assert.Equal(await live.Page.Locator(ShownEntries).AllInnerTextsAsync(), shown);
        Assert.Equal(await live.Page.Locator("#condition-count").InnerTextAsync(), await tab.Page.Locator("#condition-count").InnerTextAsync());
        Assert.Empty(tab.ConsoleErrors);
        Assert.Empty(tab.FailedRequests);
    }

    /// <summary>A word in some conditions' search text but not in all of them.</summary>
    private static string AWordSomeConditionsHave(string[] searchTexts) =>
        searchTexts.SelectMany(t => t.Split(' ')).Where(w => w.Length > 3)
            .First(w => searchTexts.Any(t => !t.Contains(w, StringComparison.Ordinal)));
}
