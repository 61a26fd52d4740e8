using Microsoft.Extensions.DependencyInjection;
using NightLegCramps.Browser.Tests.Testing;
using NightLegCramps.Content.Loading;
using NightLegCramps.Web.Export;
using NightLegCramps.Web.Tests.Testing;

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
        var (word, matching, total) = AWordSomeConditionsHave(await tab.Page.Locator("[data-search]").EvaluateAllAsync<string[]>("all => all.map(e => e.dataset.search)"));

        await tab.GoToAsync(new Uri(server.BaseAddress, "/conditions/?q=" + Uri.EscapeDataString(word)));
        var page = tab.Page;

        Assert.Equal(word, await page.GetByLabel("Find a condition").InputValueAsync());
        Assert.Equal(matching, await page.Locator(ShownEntries).CountAsync());
        Assert.Contains($"{matching} of {total}", await page.Locator("#condition-count").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(tab.ConsoleErrors);
        Assert.Empty(tab.FailedRequests);
    }

    /// <summary>A word in some conditions' search text but not all, how many have it, and how many there are.</summary>
    private static (string Word, int Matching, int Total) AWordSomeConditionsHave(string[] searchTexts)
    {
        var word = searchTexts.SelectMany(t => t.Split(' ')).Where(w => w.Length > 3)
            .First(w => searchTexts.Any(t => !t.Contains(w, StringComparison.Ordinal)));
        return (word, searchTexts.Count(t => t.Contains(word, StringComparison.Ordinal)), searchTexts.Length);
    }
}
