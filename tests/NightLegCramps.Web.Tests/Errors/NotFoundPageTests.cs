using System.Net;

namespace NightLegCramps.Web.Tests.Errors;

/// <summary>The 404 page helps a reader on, but is not an address anyone should share, print or index.</summary>
public sealed class NotFoundPageTests(SharedSite site)
{
    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/not-found")]
    public async Task A_missing_page_has_no_canonical_link_and_prints_no_address_or_QR_code(string path)
    {
        using var response = await site.CreateClient().GetAsync(path, TestContext.Current.CancellationToken);
        var page = Html.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Sorry, we cannot find that page", page.QuerySelector("h1")?.TextContent);
        Assert.Null(page.QuerySelector("link[rel=canonical]"));
        Assert.Null(page.QuerySelector("meta[property='og:url']"));
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Null(page.QuerySelector(".print-foot"));
        Assert.Empty(page.QuerySelectorAll("svg"));
    }
}
