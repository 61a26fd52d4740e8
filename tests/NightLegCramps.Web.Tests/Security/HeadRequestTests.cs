using System.Net;

namespace NightLegCramps.Web.Tests.Security;

/// <summary>Link checkers, monitors and crawlers ask with HEAD: every address that answers GET answers HEAD too.</summary>
public sealed class HeadRequestTests(KestrelSite site) : IClassFixture<KestrelSite>
{
    [Theory]
    [InlineData("/relief")]
    [InlineData("/sitemap.xml")]
    [InlineData("/robots.txt")]
    [InlineData("/api/topics")]
    [InlineData("/api/conditions")]
    [InlineData("/connect?mainSearchCriteria.v.cs=2.16.840.1.113883.6.90&mainSearchCriteria.v.c=G47.62")]
    public async Task HEAD_answers_200_with_the_GET_headers_and_no_body(string path)
    {
        using var client = new HttpClient { BaseAddress = site.BaseAddress };
        using var get = await client.GetAsync(path, TestContext.Current.CancellationToken);

        // Raw bytes, so the test sees whatever the server sends after the headers (HttpClient would drop it).
        var head = await RawHttp.SendAsync(site.Port, $"HEAD {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
            TestContext.Current.CancellationToken);

        Assert.Equal((int)HttpStatusCode.OK, head.Status);
        var parts = head.Text.Split("\r\n\r\n", 2);
        Assert.Contains("Content-Type: " + get.Content.Headers.ContentType, parts[0], StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Cache-Control: " + get.Headers.CacheControl, parts[0], StringComparison.OrdinalIgnoreCase);
        Assert.Equal("", parts[1]);
    }
}
