using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NightLegCramps.Content.Loading;

namespace NightLegCramps.Web.Tests.Redirects;

/// <summary>A site whose relief page used to live at /easing-a-cramp and /cramp-relief; read-only, so one per class.</summary>
public sealed class SiteWithOldAddresses : IDisposable
{
    private readonly TempContent _content = new();

    public SiteWithOldAddresses()
    {
        _content.Write("relief.md", _content.Read("relief.md").Replace(
            "slug: relief\n", "slug: relief\naliases:\n  - /easing-a-cramp\n  - /cramp-relief/\n", StringComparison.Ordinal));
        Site = new SiteFactory(_content.Folder);
    }

    public SiteFactory Site { get; }

    public void Dispose()
    {
        Site.Dispose();
        _content.Dispose();
    }
}

public sealed class PageAddressRedirectTests(SiteWithOldAddresses shared) : IClassFixture<SiteWithOldAddresses>
{
    private readonly SiteFactory _site = shared.Site;

    [Theory]
    [InlineData("/easing-a-cramp", "/relief")]
    [InlineData("/cramp-relief", "/relief")]
    [InlineData("/cramp-relief/", "/relief")]
    [InlineData("/Easing-A-Cramp", "/relief")]
    [InlineData("/easing-a-cramp?utm_source=letter", "/relief?utm_source=letter")]
    // A near miss of a page's own address: one address per page, not duplicates.
    [InlineData("/relief/", "/relief")]
    [InlineData("/Relief", "/relief")]
    [InlineData("/RELIEF/", "/relief")]
    [InlineData("/Conditions?q=Diabetes", "/conditions?q=Diabetes")]
    public async Task An_old_address_or_a_near_miss_answers_301_to_the_page_where_it_lives_now(string old, string now)
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

    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/relief", HttpStatusCode.OK)]
    [InlineData("/No-Such-Page", HttpStatusCode.NotFound)]
    [InlineData("/no-such-page/", HttpStatusCode.NotFound)]
    [InlineData("/home", HttpStatusCode.NotFound)]
    public async Task Real_addresses_and_unknown_ones_are_not_redirected(string path, HttpStatusCode status)
    {
        using var response = await _site.CreatePlainClient().GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(status, response.StatusCode);
    }

    [Fact]
    public async Task An_alias_that_differs_from_a_live_page_only_in_case_is_refused_and_the_page_stays()
    {
        using var content = new TempContent();
        content.Write("relief.md", content.Read("relief.md").Replace(
            "slug: relief\n", "slug: relief\naliases:\n  - /Prevention\n", StringComparison.Ordinal));
        await using var site = new SiteFactory(content.Folder);

        using var response = await site.CreatePlainClient().GetAsync("/prevention", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var finding = Assert.Single(site.Services.GetRequiredService<ContentStore>().Current.FindingsOn(DateOnly.MinValue), f => f.IsError);
        Assert.Equal("relief.md", finding.File);
        Assert.Contains("'/Prevention' is the address of a live page", finding.Message, StringComparison.Ordinal);
    }
}
