using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using NightLegCramps.Testing;
using NightLegCramps.Web.Caching;

namespace NightLegCramps.Web.Tests.Caching;

/// <summary>The page cache cannot be made to grow without limit, to miss on purpose, or to hide a redirect.</summary>
public sealed class CacheHardeningTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string? authorization = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (authorization is not null) request.Headers.Authorization = AuthenticationHeaderValue.Parse(authorization);
        return await client.SendAsync(request, Cancel);
    }

    [Fact]
    public async Task An_authorization_header_does_not_get_round_the_cache()
    {
        await using var site = new SiteFactory();
        var client = site.CreateClient();

        using var first = await GetAsync(client, "/relief", "Bearer made-up");
        using var second = await GetAsync(client, "/relief", "Basic bWFkZTp1cA==");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.NotNull(second.Headers.Age); // served from the cache, like any other reader's request
    }

    [Fact]
    public async Task A_near_miss_address_answers_301_every_time_even_once_the_page_is_cached()
    {
        await using var site = new SiteFactory();
        var client = site.CreatePlainClient();
        for (var i = 0; i < 3; i++)
        {
            using var page = await client.GetAsync("/prevention", Cancel);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }

        for (var i = 0; i < 3; i++)
        {
            using var nearMiss = await client.GetAsync("/Prevention", Cancel);
            Assert.Equal(HttpStatusCode.MovedPermanently, nearMiss.StatusCode);
            Assert.Equal("/prevention", nearMiss.Headers.Location?.OriginalString);
        }
    }

    [Fact]
    public async Task A_search_is_kept_only_from_its_second_asking()
    {
        await using var site = new SiteFactory();
        var client = site.CreateClient();

        using var first = await client.GetAsync("/conditions?q=kidney", Cancel);
        using var second = await client.GetAsync("/conditions?q=kidney", Cancel);
        using var third = await client.GetAsync("/conditions?q=kidney", Cancel);

        Assert.Null(first.Headers.Age);
        Assert.Null(second.Headers.Age); // rendered again: asked once is not enough to be kept
        Assert.NotNull(third.Headers.Age); // kept when asked the second time
        Assert.Equal(await first.Content.ReadAsStringAsync(Cancel), await third.Content.ReadAsStringAsync(Cancel));
    }

    [Fact]
    public async Task A_flood_of_made_up_searches_leaves_the_cache_within_its_limit_and_the_pages_served()
    {
        await using var site = new SiteFactory(SiteFactory.FixtureContent, settings: new Dictionary<string, string?> { ["PageCache:SizeLimitMegabytes"] = "1" });
        var client = site.CreateClient();
        using (await client.GetAsync("/relief", Cancel))
        {
        }

        // Each asked twice, so each would be kept: long values, so the keys weigh as much as the pages.
        // 150 such entries (~14 KB each) are twice what the 1 MB limit holds.
        for (var i = 0; i < 150; i++)
        {
            var path = $"/conditions?q={i}{new string('x', 2000)}";
            using (await client.GetAsync(path, Cancel))
            using (await client.GetAsync(path, Cancel))
            {
            }
        }

        var store = (SizedOutputCacheStore)site.Services.GetRequiredService<IOutputCacheStore>();
        TestContext.Current.TestOutputHelper?.WriteLine($"cache holds {store.Size / 1024} KB of its 1024 KB");
        Assert.InRange(store.Size, 1, 1024 * 1024);
        using var page = await client.GetAsync("/relief", Cancel);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task An_entry_is_sized_by_its_key_as_well_as_its_bytes()
    {
        var shortKey = SizedOutputCacheStore.SizeOf("/a", new byte[1000]);
        var longKey = SizedOutputCacheStore.SizeOf("/a?q=" + new string('x', 4000), new byte[1000]);

        Assert.True(longKey - shortKey >= 8000, $"a 4,000-character key added only {longKey - shortKey} bytes");
        await Task.CompletedTask;
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    public async Task A_health_check_gets_no_etag_and_is_never_kept(string path)
    {
        await using var site = new SiteFactory();
        var client = site.CreateClient();

        using var first = await client.GetAsync(path, Cancel);
        using var second = await client.GetAsync(path, Cancel);

        Assert.Null(second.Headers.ETag);
        Assert.Null(second.Headers.Age);
    }

    [Fact]
    public async Task A_handout_of_thousands_of_unknown_topics_is_a_small_page()
    {
        await using var site = new SiteFactory();
        var client = site.CreateClient();
        var topics = string.Join(",", Enumerable.Range(0, 3900).Select(i => $"no-such-topic-{i}"));

        var html = await client.GetStringAsync("/handout?topics=relief," + topics, Cancel);

        var page = Html.Parse(html);
        var ignored = page.QuerySelectorAll("#handout-ignored li");
        Assert.Equal(HandoutIgnoredShown + 1, ignored.Length); // ten names, then "…"
        Assert.Equal("…", ignored[^1].TextContent);
        Assert.True(html.Length < topics.Length / 4, $"the page is {html.Length} characters for a request of {topics.Length}");
        Assert.Contains("relief", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? "", StringComparison.Ordinal);
    }

    private const int HandoutIgnoredShown = 10;
}
