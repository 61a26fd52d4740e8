using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NightLegCramps.Content.Loading;

namespace NightLegCramps.Web.Tests.Pages;

/// <summary>
/// The one test that reads the real <c>content/</c> folder (with <c>check-content content</c> in CI, its only guard):
/// every page an editor publishes renders. It names no page and no wording, so an editor's ordinary day cannot break it.
/// </summary>
public sealed class RealContentSmokeTests
{
    [Fact]
    public async Task Every_real_page_renders_with_status_200()
    {
        await using var site = new SiteFactory(SiteFactory.RealContent);
        using var client = site.CreatePlainClient();
        var pages = site.Services.GetRequiredService<ContentStore>().Current.AllPages.Select(topic => topic.Path).ToList();

        Assert.NotEmpty(pages);
        foreach (var path in pages)
        {
            using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
        }
    }
}
