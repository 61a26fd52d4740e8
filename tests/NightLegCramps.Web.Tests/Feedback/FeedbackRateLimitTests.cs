using System.Net;
using NightLegCramps.Testing;

namespace NightLegCramps.Web.Tests.Feedback;

public sealed class FeedbackRateLimitTests
{
    [Fact]
    public async Task The_11th_post_in_a_minute_from_one_address_gets_429_and_is_not_stored()
    {
        using var site = new SiteFactory(); // the default: 10 a minute
        using var client = site.CreatePlainClient();

        for (var i = 1; i <= 10; i++)
        {
            using var accepted = await client.AnswerAsync("relief", "yes");
            Assert.True(accepted.StatusCode == HttpStatusCode.SeeOther, $"post {i} got {(int)accepted.StatusCode}");
        }
        using var eleventh = await client.AnswerAsync("relief", "yes");

        Assert.Equal(HttpStatusCode.TooManyRequests, eleventh.StatusCode);
        Assert.Contains("wait a minute", await eleventh.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(10, (await site.RowsAsync()).Count);
        using var page = await client.GetAsync("/relief", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode); // reading is never limited
    }

    [Fact]
    public async Task The_too_many_page_speaks_the_language_of_the_page_the_answer_came_from()
    {
        using var site = new SiteFactory(SiteFactory.FixtureContent, settings: new Dictionary<string, string?> { ["Feedback:PostsPerMinute"] = "1" });
        using var client = site.CreatePlainClient();
        var spanish = FeedbackPosts.Fields(("page", "alivio"), ("lang", "es"), ("useful", "no"));
        (await client.PostFeedbackAsync(spanish)).Dispose();

        using var refused = await client.PostFeedbackAsync(spanish);
        using var english = await client.AnswerAsync("relief", "yes");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var page = Html.Parse(await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("es", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Demasiadas respuestas", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("/es/alivio#feedback", page.QuerySelector("main a")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.TooManyRequests, english.StatusCode);
        var englishPage = Html.Parse(await english.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("en", englishPage.DocumentElement.GetAttribute("lang"));
        Assert.Equal("/relief#feedback", englishPage.QuerySelector("main a")!.GetAttribute("href"));
        Assert.Single(await site.RowsAsync());
    }
}
