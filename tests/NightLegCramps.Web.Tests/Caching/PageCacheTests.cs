using System.Net;

namespace NightLegCramps.Web.Tests.Caching;

public sealed class PageCacheTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_second_request_is_served_from_the_cache()
    {
        await using var site = new SiteFactory();
        var client = site.CreateClient();

        using var first = await client.GetAsync("/relief", Cancel);
        using var second = await client.GetAsync("/relief", Cancel);

        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age); // only a cached response carries its age
        Assert.Equal(await first.Content.ReadAsStringAsync(Cancel), await second.Content.ReadAsStringAsync(Cancel));
    }

    [Theory]
    [InlineData("/relief", "Stretch the tight muscle firmly.", "Stretch the tight muscle slowly and firmly.", "slowly and firmly")]
    // Another page's contents list shows the edited title: one edit evicts every page.
    [InlineData("/prevention", "title: How to ease a cramp", "title: Easing a cramp", ">Easing a cramp</a>")]
    public async Task An_edit_is_served_in_place_of_the_cached_page_once_the_file_is_saved(string path, string before, string after, string shown)
    {
        using var content = new TempContent();
        await using var site = new SiteFactory(content.Folder);
        var client = site.CreateClient();
        await client.GetStringAsync(path, Cancel);
        Assert.DoesNotContain(shown, await client.GetStringAsync(path, Cancel), StringComparison.Ordinal);

        content.Write("relief.md", content.Read("relief.md").Replace(before, after, StringComparison.Ordinal));

        Assert.True(await EventuallyAsync(client, path, html => html.Contains(shown, StringComparison.Ordinal)),
            $"{path} kept the cached copy from before the edit");
    }

    [Fact]
    public async Task A_page_that_was_missing_appears_as_soon_as_its_file_is_added()
    {
        using var content = new TempContent();
        await using var site = new SiteFactory(content.Folder);
        var client = site.CreateClient();
        using (var missing = await client.GetAsync("/cramps-at-work", Cancel))
        {
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        }

        content.Write("cramps-at-work.md", content.Read("relief.md")
            .Replace("slug: relief", "slug: cramps-at-work", StringComparison.Ordinal)
            .Replace("title: How to ease a cramp", "title: Cramps at work", StringComparison.Ordinal)
            .Replace("{#", "{#work-", StringComparison.Ordinal));

        Assert.True(await EventuallyAsync(client, "/cramps-at-work", html => html.Contains("Cramps at work", StringComparison.Ordinal)),
            "the 404 for the new page was kept");
    }

    [Fact]
    public async Task Each_condition_search_gets_its_own_results_from_the_cache()
    {
        await using var site = new SiteFactory();
        var client = site.CreateClient();

        var all = await client.GetStringAsync("/conditions", Cancel);
        var none = await client.GetStringAsync("/conditions?q=zzzz", Cancel);
        var noneAgain = await client.GetStringAsync("/conditions?q=zzzz", Cancel);
        var allAgain = await client.GetStringAsync("/conditions", Cancel);

        // What a reader sees: the status line, not the templates the script keeps in attributes.
        static string Status(string html) => Html.Parse(html).QuerySelector("#condition-count")!.TextContent;
        Assert.Contains("No condition matches", Status(none), StringComparison.Ordinal);
        Assert.DoesNotContain("No condition matches", Status(all), StringComparison.Ordinal);
        Assert.Equal(none, noneAgain);
        Assert.Equal(all, allAgain);
    }

    [Theory]
    [InlineData("/relief?x=1", "/relief?x=2")]
    [InlineData("/relief", "/relief?q=cramp")] // the filter changes the conditions page only
    [InlineData("/handout?topics=relief&x=1", "/handout?topics=relief&x=2")]
    [InlineData("/connect?mainSearchCriteria.v.cs=2.16.840.1.113883.6.90&mainSearchCriteria.v.c=G47.62&x=1",
        "/connect?mainSearchCriteria.v.cs=2.16.840.1.113883.6.90&mainSearchCriteria.v.c=G47.62&x=2")]
    [InlineData("/connect?mainSearchCriteria.v.cs=2.16.840.1.113883.6.90&mainSearchCriteria.v.c=G47.62&mainSearchCriteria.v.dn=x=1",
        "/connect?mainSearchCriteria.v.cs=2.16.840.1.113883.6.90&mainSearchCriteria.v.c=G47.62&mainSearchCriteria.v.dn=x=2")]
    public async Task Query_keys_that_change_nothing_are_served_from_the_same_cache_entry(string first, string second)
    {
        await using var site = new SiteFactory();
        var client = site.CreateClient();

        using var rendered = await client.GetAsync(first, Cancel);
        using var keptOnSecondAsking = await client.GetAsync(first, Cancel); // a query variation is kept once asked twice
        using var again = await client.GetAsync(second, Cancel);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Null(rendered.Headers.Age);
        Assert.NotNull(again.Headers.Age); // only a cached response carries its age: no second entry was made
        Assert.DoesNotContain("x=1", await again.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/handout?topics=relief", "/handout?topics=prevention", "Handout: How to ease a cramp")]
    [InlineData("/connect?mainSearchCriteria.v.cs=2.16.840.1.113883.6.90&mainSearchCriteria.v.c=G47.62",
        "/connect?mainSearchCriteria.v.cs=2.16.840.1.113883.6.90&mainSearchCriteria.v.c=Z99.9", "How to ease a cramp")]
    public async Task Query_keys_that_change_the_answer_each_get_their_own_entry(string first, string second, string onlyInFirst)
    {
        await using var site = new SiteFactory();
        var client = site.CreateClient();

        Assert.Contains(onlyInFirst, await client.GetStringAsync(first, Cancel), StringComparison.Ordinal);
        Assert.DoesNotContain(onlyInFirst, await client.GetStringAsync(second, Cancel), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    public async Task A_health_check_is_answered_fresh_every_time_never_from_the_cache(string path)
    {
        await using var site = new SiteFactory();
        var client = site.CreateClient();

        using var first = await client.GetAsync(path, Cancel);
        using var second = await client.GetAsync(path, Cancel);

        Assert.True(second.IsSuccessStatusCode);
        Assert.Null(second.Headers.Age); // a cached response would carry its age
        Assert.True(second.Headers.CacheControl?.NoStore);
    }

    /// <summary>Polls the way a reader pressing reload would; the watcher needs a moment to see the save.</summary>
    internal static async Task<bool> EventuallyAsync(HttpClient client, string path, Func<string, bool> shows)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            using var response = await client.GetAsync(path, Cancel);
            if (response.IsSuccessStatusCode && shows(await response.Content.ReadAsStringAsync(Cancel)))
            {
                return true;
            }
            await Task.Delay(50, Cancel);
        }
        return false;
    }
}
