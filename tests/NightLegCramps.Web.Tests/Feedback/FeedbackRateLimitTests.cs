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
}
