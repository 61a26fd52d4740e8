using Microsoft.Playwright;
using NightLegCramps.Browser.Tests.Testing;

namespace NightLegCramps.Browser.Tests.Pages;

/// <summary>The Spanish conditions list in a real browser: the script folds case and accents as the server does.</summary>
public sealed class SpanishFilterTests(BrowserSite site)
{
    private const string ShownEntries = ".condition-category li:visible";

    [Theory]
    [InlineData("tiroides")]
    [InlineData("TIROIDES")]
    [InlineData("pastillas para orinar")]
    public async Task Typing_an_everyday_Spanish_word_finds_its_entries_with_the_count_in_Spanish(string query)
    {
        await using var tab = await site.ReadAsync(SitePages.SpanishConditions);
        var page = tab.Page;
        Assert.Equal("es", await page.GetAttributeAsync("html", "lang"));
        var all = await page.Locator(ShownEntries).CountAsync();

        await page.Locator("#condition-query").PressSequentiallyAsync(query);

        var shown = await page.Locator(ShownEntries).CountAsync();
        Assert.InRange(shown, 1, all - 1);
        Assert.Contains($"de {all} entradas coinciden con «{query}»", await page.Locator("#condition-count").InnerTextAsync(), StringComparison.Ordinal);
    }
}
