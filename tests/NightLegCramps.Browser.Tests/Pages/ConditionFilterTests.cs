using Microsoft.Playwright;
using NightLegCramps.Browser.Tests.Testing;

namespace NightLegCramps.Browser.Tests.Pages;

/// <summary>Finding a condition: as you type with JavaScript, and by submitting the form without it.</summary>
public sealed class ConditionFilterTests(BrowserSite site)
{
    private const string ShownEntries = ".condition-category li:visible";

    [Fact]
    public async Task Typing_filters_the_list_as_you_type()
    {
        await using var tab = await site.ReadAsync("/conditions");
        var page = tab.Page;
        var box = page.GetByLabel("Find a condition");
        var status = page.Locator("#condition-count");

        await box.PressSequentiallyAsync("thyroid");
        var thyroid = await page.Locator(ShownEntries).AllInnerTextsAsync();
        Assert.Equal(2, thyroid.Count);
        Assert.All(thyroid, entry => Assert.Contains("thyroid", entry, StringComparison.OrdinalIgnoreCase));
        Assert.Contains("2 of 27", await status.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator(".condition-category:visible").CountAsync()); // empty groups are hidden
        Assert.Equal("/conditions", new Uri(page.Url).AbsolutePath); // no page load: the script did it

        await box.FillAsync("WATER pills");
        Assert.StartsWith("Diuretics", Assert.Single(await page.Locator(ShownEntries).AllInnerTextsAsync()), StringComparison.Ordinal);

        await box.FillAsync("HYPOTHYROÏDISM"); // case and accents do not matter
        Assert.StartsWith("Hypothyroidism", Assert.Single(await page.Locator(ShownEntries).AllInnerTextsAsync()), StringComparison.Ordinal);

        await box.FillAsync("Addisons");
        Assert.StartsWith("Addison's disease", Assert.Single(await page.Locator(ShownEntries).AllInnerTextsAsync()), StringComparison.Ordinal);

        await box.FillAsync("xyzzy");
        Assert.Equal(0, await page.Locator(ShownEntries).CountAsync());
        Assert.Contains("No condition matches “xyzzy”", await status.InnerTextAsync(), StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Link, new() { Name = "Show all conditions" }).ClickAsync();
        Assert.Equal(27, await page.Locator(ShownEntries).CountAsync());
        Assert.Contains("27 conditions in 4 groups", await status.InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Typing_widens_a_search_the_server_already_filtered()
    {
        await using var tab = await site.ReadAsync(SitePages.FilteredConditions);
        var box = tab.Page.GetByLabel("Find a condition");

        await box.FillAsync("kidney");

        // Two entries name the kidneys (chronic kidney disease, acute kidney injury); the server had shown only the two thyroid ones.
        var kidney = await tab.Page.Locator(ShownEntries).AllInnerTextsAsync();
        Assert.Equal(2, kidney.Count);
        Assert.All(kidney, entry => Assert.Contains("kidney", entry, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Without_javascript_the_form_asks_the_server()
    {
        await using var tab = await site.OpenAsync("/conditions", new() { JavaScriptEnabled = false, ViewportSize = Viewports.Phone });
        var page = tab.Page;

        await page.GetByLabel("Find a condition").FillAsync("water pills");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await tab.ArrivedAtAsync("/conditions?q=water+pills");

        await Assertions.Expect(page.Locator("#condition-count")).ToContainTextAsync("1 of 27 conditions match");
        Assert.StartsWith("Diuretics", Assert.Single(await page.Locator(ShownEntries).AllInnerTextsAsync()), StringComparison.Ordinal);

        await page.GetByLabel("Find a condition").FillAsync("xyzzy");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await tab.ArrivedAtAsync("/conditions?q=xyzzy");
        await Assertions.Expect(page.Locator("#condition-count")).ToContainTextAsync("No condition matches");
        Assert.Equal(0, await page.Locator(ShownEntries).CountAsync());
    }

    [Theory]
    [InlineData("/conditions")]
    [InlineData("/es/afecciones")]
    public async Task Typing_each_word_the_pages_use_finds_its_entry(string list)
    {
        await using var tab = await site.ReadAsync(list);
        var page = tab.Page;
        var box = page.Locator("#condition-query");
        var missed = new List<string>();
        var terms = FilterTerms.All.Where(t => t.List == list).ToList();

        foreach (var term in terms)
        {
            await box.FillAsync(term.Term);
            var found = await page.EvaluateAsync<string[]>("""
                () => [
                  ...[...document.querySelectorAll('.condition-list li')].filter(li => li.checkVisibility()).map(li => li.dataset.name),
                  ...[...document.querySelectorAll('.filter-elsewhere li a')].filter(a => a.checkVisibility()).map(a => a.getAttribute('href')),
                ]
                """);
            if (!found.Contains(term.Finds)) missed.Add($"{term}: wanted {term.Finds}, found [{string.Join(", ", found)}]");
        }

        Assert.True(terms.Count > 40, "the list of terms is suspiciously short");
        Assert.Empty(missed);
    }

    [Fact]
    public async Task Typing_a_word_that_finds_nothing_suggests_the_closest_entries()
    {
        await using var tab = await site.ReadAsync("/conditions");
        var page = tab.Page;

        await page.GetByLabel("Find a condition").PressSequentiallyAsync("aneamia");

        Assert.Equal(0, await page.Locator(ShownEntries).CountAsync());
        var closest = page.Locator(".filter-closest a");
        Assert.Equal("Anemia", await closest.First.InnerTextAsync());
        Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = "Show all conditions" }).IsVisibleAsync());

        await closest.First.ClickAsync();
        await tab.ArrivedAtAsync("/conditions?q=Anemia");
        await Assertions.Expect(page.Locator("#condition-count")).ToContainTextAsync("1 of 27 conditions match");
        Assert.StartsWith("Anemia", Assert.Single(await page.Locator(ShownEntries).AllInnerTextsAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_medicine_explained_on_another_page_links_there()
    {
        await using var tab = await site.ReadAsync("/conditions");
        var page = tab.Page;

        await page.GetByLabel("Find a condition").PressSequentiallyAsync("Naproxen");

        Assert.Equal(0, await page.Locator(ShownEntries).CountAsync());
        var link = page.Locator(".filter-elsewhere li a:visible");
        Assert.Equal("/causes-and-risk#medicines", await Assert.Single(await link.AllAsync()).GetAttributeAsync("href"));
        Assert.Contains("not in this list", await page.Locator("#condition-count").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator(".filter-closest:visible").CountAsync());
    }
}
