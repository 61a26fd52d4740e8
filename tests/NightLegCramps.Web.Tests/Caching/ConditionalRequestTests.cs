using System.Net;
using System.Net.Http.Headers;

namespace NightLegCramps.Web.Tests.Caching;

public sealed class ConditionalRequestTests(SharedSite site)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/")]
    [InlineData("/relief")]
    [InlineData("/conditions?q=cramp")]
    public async Task Every_page_has_a_strong_etag_and_cache_control_a_cdn_can_use(string path)
    {
        using var response = await site.CreateClient().GetAsync(path, Cancel);

        Assert.NotNull(response.Headers.ETag);
        Assert.False(response.Headers.ETag.IsWeak);
        Assert.Equal("public, max-age=60, stale-while-revalidate=600", response.Headers.CacheControl?.ToString());
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
    }

    [Theory]
    [InlineData("/api/topics")]
    [InlineData("/api/conditions")]
    [InlineData("/sitemap.xml")]
    [InlineData("/robots.txt")]
    [InlineData("/connect?mainSearchCriteria.v.cs=2.16.840.1.113883.6.90&mainSearchCriteria.v.c=G47.62")]
    public async Task Api_responses_and_the_sitemap_keep_their_own_cache_control_and_answer_304_to_their_etag(string path)
    {
        var client = site.CreateClient();
        using var first = await client.GetAsync(path, Cancel);
        Assert.NotNull(first.Headers.ETag);
        Assert.False(first.Headers.ETag.IsWeak);
        Assert.Equal("public, max-age=300", first.Headers.CacheControl?.ToString());

        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag);
        using var again = await client.SendAsync(request, Cancel);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
    }

    [Fact]
    public async Task A_browser_holding_the_current_copy_gets_304_without_a_body_whether_cached_or_not()
    {
        await using var fresh = new SiteFactory(); // nothing cached yet
        var client = fresh.CreateClient();
        using var first = await client.GetAsync("/relief", Cancel);
        var etag = first.Headers.ETag!;

        // The first revalidation may meet the page before or after it is cached; ask twice to see both.
        foreach (var _ in new[] { 1, 2 })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/relief");
            request.Headers.IfNoneMatch.Add(etag);
            using var response = await client.SendAsync(request, Cancel);
            Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
            Assert.Empty(await response.Content.ReadAsByteArrayAsync(Cancel));
            Assert.Equal(etag, response.Headers.ETag);
        }
    }

    [Fact]
    public async Task A_stale_etag_gets_the_full_page()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/relief");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"an-old-version\""));
        using var response = await site.CreateClient().SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("How to ease a cramp", await response.Content.ReadAsStringAsync(Cancel));
    }

    [Fact]
    public async Task The_etag_changes_when_the_page_changes()
    {
        using var content = new TempContent();
        await using var edited = new SiteFactory(content.Folder);
        var client = edited.CreateClient();
        using var before = await client.GetAsync("/relief", Cancel);

        content.Write("relief.md", content.Read("relief.md").Replace("Walk around, or shake your leg.", "Walk around the room.", StringComparison.Ordinal));
        Assert.True(await PageCacheTests.EventuallyAsync(client, "/relief", html => html.Contains("Walk around the room.", StringComparison.Ordinal)));
        using var after = await client.GetAsync("/relief", Cancel);

        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
    }

    [Fact]
    public async Task Different_pages_and_encodings_have_different_etags()
    {
        var client = site.CreateClient();
        using var relief = await client.GetAsync("/relief", Cancel);
        using var prevention = await client.GetAsync("/prevention", Cancel);
        using var brotli = new HttpRequestMessage(HttpMethod.Get, "/relief");
        brotli.Headers.AcceptEncoding.ParseAdd("br");
        using var compressed = await client.SendAsync(brotli, Cancel);

        Assert.NotEqual(relief.Headers.ETag, prevention.Headers.ETag);
        Assert.Equal("br", Assert.Single(compressed.Content.Headers.ContentEncoding));
        Assert.NotEqual(relief.Headers.ETag, compressed.Headers.ETag);
    }

    [Theory]
    [InlineData("/relief")]
    [InlineData("/api/topics")]
    [InlineData("/sitemap.xml")]
    [InlineData("/connect?mainSearchCriteria.v.cs=2.16.840.1.113883.6.90&mainSearchCriteria.v.c=G47.62")]
    public async Task Development_asks_browsers_to_revalidate_every_time_so_editors_see_saves_at_once(string path)
    {
        await using var development = new SiteFactory(SiteFactory.FixtureContent, "Development");
        using var response = await development.CreateClient().GetAsync(path, Cancel);

        Assert.True(response.Headers.CacheControl?.NoCache);
        Assert.False(response.Headers.CacheControl?.Public);
        Assert.NotNull(response.Headers.ETag);
    }

    [Theory]
    [InlineData("/api/conditions")]
    [InlineData("/robots.txt")]
    public async Task An_operator_sets_how_long_other_systems_keep_api_answers(string path)
    {
        await using var configured = new SiteFactory(SiteFactory.FixtureContent, settings: new Dictionary<string, string?>
        {
            ["PageCache:ApiMaxAgeSeconds"] = "42",
        });
        using var response = await configured.CreateClient().GetAsync(path, Cancel);

        Assert.Equal("public, max-age=42", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task A_missing_page_is_neither_tagged_nor_marked_cacheable()
    {
        using var response = await site.CreateClient().GetAsync("/no-such-page", Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(response.Headers.ETag);
        Assert.Null(response.Headers.CacheControl);
    }
}
