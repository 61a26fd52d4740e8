using System.Net;
using NightLegCramps.Web.Tests.Testing;

namespace NightLegCramps.Web.Tests.Redirects;

public sealed class AliasRedirectTests : IDisposable
{
    private readonly TempContent _content = new();
    private readonly SiteFactory _site;

    public AliasRedirectTests()
    {
        // The relief page used to live at /easing-a-cramp and /cramp-relief.
        _content.Write("relief.md", _content.Read("relief.md").Replace(
            "slug: relief\n", "slug: relief\naliases:\n  - /easing-a-cramp\n  - /cramp-relief/\n", StringComparison.Ordinal));
        _site = new SiteFactory(_content.Folder);
    }

    [Theory]
    [InlineData("/easing-a-cramp", "/relief")]
    [InlineData("/cramp-relief", "/relief")]
    [InlineData("/cramp-relief/", "/relief")]
    [InlineData("/Easing-A-Cramp", "/relief")]
    [InlineData("/easing-a-cramp?utm_source=letter", "/relief?utm_source=letter")]
    public async Task An_old_address_answers_301_to_the_page_where_it_lives_now(string old, string now)
    {
        using var response = await _site.CreatePlainClient().GetAsync(old, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(now, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Following_the_redirect_lands_on_the_page_and_unlisted_addresses_are_still_404()
    {
        var client = _site.CreateClient();

        var page = await client.GetDocumentAsync("/easing-a-cramp");
        Assert.Equal("How to ease a cramp", page.QuerySelector("h1")?.TextContent);
        using var missing = await client.GetAsync("/easing-a-cramp-2", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    public void Dispose()
    {
        _site.Dispose();
        _content.Dispose();
    }
}
