using System.Net;

namespace NightLegCramps.Web.Tests.LiveContent;

/// <summary>A page marked <c>draft: true</c> is visible while editing (Development) and hidden on the live site.</summary>
public sealed class DraftTests : IDisposable
{
    private readonly TempContent _content = new();

    public DraftTests()
    {
        var draft = _content.Read("relief.md")
            .Replace("slug: relief", "slug: coming-soon\ndraft: true", StringComparison.Ordinal)
            .Replace("title: How to ease a cramp", "title: Coming soon", StringComparison.Ordinal);
        _content.Write("coming-soon.md", draft);
    }

    [Theory]
    [InlineData("Development", HttpStatusCode.OK, true)]
    [InlineData("Production", HttpStatusCode.NotFound, false)]
    public async Task A_draft_shows_in_development_only(string environment, HttpStatusCode status, bool listed)
    {
        using var factory = new SiteFactory(_content.Folder, environment);
        using var client = factory.CreatePlainClient();

        using var response = await client.GetAsync("/coming-soon", TestContext.Current.CancellationToken);
        var home = await client.GetDocumentAsync("/");

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(listed, home.QuerySelectorAll(".topic-list a").Any(a => a.GetAttribute("href") == "/coming-soon"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/relief", TestContext.Current.CancellationToken)).StatusCode);
    }

    public void Dispose() => _content.Dispose();
}
