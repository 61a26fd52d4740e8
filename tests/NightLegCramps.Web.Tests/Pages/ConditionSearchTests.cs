using AngleSharp.Dom;

namespace NightLegCramps.Web.Tests.Pages;

/// <summary>The conditions filter without JavaScript: the server finds every word the site's pages use.</summary>
public sealed class ConditionSearchTests(SharedSite site)
{
    // Through a member of this class: xunit's analyzer cannot follow MemberType into the test-support library.
    public static TheoryData<string, string, string, string> Terms => FilterTerms.AllData;

    private readonly HttpClient _client = site.CreateClient();

    [Theory]
    [MemberData(nameof(Terms))]
    public async Task Every_word_the_pages_use_finds_its_entry(string term, string usedOn, string finds, string list)
    {
        var source = await _client.GetDocumentAsync(usedOn);
        Assert.Contains(term, source.QuerySelector("main")!.TextContent, StringComparison.OrdinalIgnoreCase); // the page does use it

        var page = await _client.GetDocumentAsync(list + "?q=" + Uri.EscapeDataString(term));

        Assert.Contains(finds, Found(page));
    }

    [Fact]
    public async Task A_search_that_finds_nothing_suggests_the_closest_entries_and_links_to_the_whole_list()
    {
        var page = await _client.GetDocumentAsync("/conditions?q=diabites");

        Assert.Empty(Found(page));
        Assert.Contains("No condition matches “diabites”", page.QuerySelector("#condition-count")!.TextContent, StringComparison.Ordinal);
        var suggestions = page.QuerySelectorAll(".filter-closest:not([hidden]) a").ToList();
        Assert.InRange(suggestions.Count, 1, 3);
        Assert.Contains(suggestions, a => a.TextContent == "Type 1 diabetes" && a.GetAttribute("href") == "/conditions?q=Type%201%20diabetes#condition-results");
        Assert.Equal("/conditions", page.QuerySelector(".show-all-row:not([hidden]) a")?.GetAttribute("href"));

        // A suggestion leads to a search that finds that entry.
        var followed = await _client.GetDocumentAsync(suggestions[0].GetAttribute("href")!.Split('#')[0]);
        Assert.Contains(suggestions[0].TextContent, Found(followed));
    }

    [Fact]
    public async Task Without_a_search_nothing_from_other_pages_shows()
    {
        var page = await _client.GetDocumentAsync("/conditions");

        Assert.NotNull(page.QuerySelector(".filter-elsewhere[hidden]"));
        Assert.NotNull(page.QuerySelector(".filter-closest[hidden]"));
        Assert.Equal(27, Found(page).Count);
    }

    /// <summary>What the reader sees as results: the entries shown, and the links to other pages shown.</summary>
    private static List<string> Found(IDocument page) =>
    [
        .. page.QuerySelectorAll(".condition-list li:not([hidden])").Select(li => li.GetAttribute("data-name")!),
        .. page.QuerySelectorAll(".filter-elsewhere:not([hidden]) li:not([hidden]) a").Select(a => a.GetAttribute("href")!),
    ];
}
