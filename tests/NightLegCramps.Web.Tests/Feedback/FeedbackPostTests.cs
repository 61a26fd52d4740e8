using System.Net;
using NightLegCramps.Testing;
using static NightLegCramps.Testing.FeedbackPosts;

namespace NightLegCramps.Web.Tests.Feedback;

/// <summary>
/// One site over the default SQLite store for the whole class (starting a host per test cost 2 s each); each test
/// starts from an empty table, and the tests of a class run one at a time.
/// </summary>
public sealed class FeedbackPostSite : IDisposable
{
    public SiteFactory Site { get; } = new(SiteFactory.FixtureContent, "Production", new Dictionary<string, string?> { ["Feedback:PostsPerMinute"] = "1000" });

    public void Dispose() => Site.Dispose();
}

/// <summary>What a reader's answer does, over HTTP, on the default SQLite store.</summary>
public sealed class FeedbackPostTests(FeedbackPostSite shared) : IClassFixture<FeedbackPostSite>, IAsyncLifetime
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private readonly SiteFactory _site = shared.Site;
    private readonly HttpClient _client = shared.Site.CreatePlainClient();

    public async ValueTask InitializeAsync() => await _site.ClearRowsAsync();

    [Fact]
    public async Task Yes_is_answered_303_to_the_thank_you_and_is_in_the_database_with_the_hour_only()
    {
        using var response = await _client.AnswerAsync("relief", "yes");

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/relief#feedback-thanks", response.Headers.Location?.ToString());
        var row = Assert.Single(await _site.RowsAsync());
        Assert.Equal(("relief", "en", (bool?)true), (row.Page, row.Language, row.Useful));
        Assert.Equal((0, 0), (row.Hour.Minute, row.Hour.Second));
        Assert.True(DateTime.UtcNow - row.Hour < TimeSpan.FromHours(1.1), $"stored hour {row.Hour:o}");
    }

    [Fact]
    public async Task No_leads_to_the_second_step_whose_reasons_and_scrubbed_comment_are_stored()
    {
        using var no = await _client.AnswerAsync("prevention", "no");
        Assert.Equal("/prevention#feedback-more", no.Headers.Location?.ToString());

        using var details = await _client.PostFeedbackAsync(Fields(("page", "prevention"), ("lang", "en"), ("reason", "missing-something"),
            ("reason", "hard-to-understand"), ("comment", "Nothing on stretching. Reach me at sam@example.org or 07700 900123.")));

        Assert.Equal(HttpStatusCode.SeeOther, details.StatusCode);
        Assert.Equal("/prevention#feedback-thanks", details.Headers.Location?.ToString());
        var rows = await _site.RowsAsync();
        Assert.Equal(2, rows.Count);
        Assert.False(rows[0].Useful);
        Assert.Null(rows[1].Useful);
        Assert.Equal("hard-to-understand,missing-something", rows[1].Reasons);
        Assert.Equal("Nothing on stretching. Reach me at [removed] or [removed].", rows[1].Comment);
    }

    [Fact]
    public async Task The_home_page_can_be_answered_too()
    {
        using var response = await _client.AnswerAsync("home", "yes");

        Assert.Equal("/#feedback-thanks", response.Headers.Location?.ToString());
        Assert.Equal("home", Assert.Single(await _site.RowsAsync()).Page);
    }

    [Fact]
    public async Task The_pages_script_gets_json_instead_of_a_redirect()
    {
        using var response = await _client.PostFeedbackAsync(Fields(("page", "relief"), ("lang", "en"), ("useful", "yes")), accept: "application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{\"saved\":true}", await response.Content.ReadAsStringAsync(Cancel));
        Assert.Single(await _site.RowsAsync());
    }

    [Theory]
    [InlineData("https://evil.example", null)]
    [InlineData("http://nightlegcramps.example.org", null)] // the right host over the wrong scheme
    [InlineData("null", null)]
    [InlineData("null", "cross-site")]
    [InlineData(null, "cross-site")]
    [InlineData(null, "same-site")]
    [InlineData(null, null)]
    public async Task A_post_from_anywhere_but_this_site_gets_403_and_stores_nothing(string? origin, string? fetchSite)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/feedback") { Content = new FormUrlEncodedContent(Fields(("page", "relief"), ("lang", "en"), ("useful", "no"))) };
        if (origin is not null) request.Headers.Add("Origin", origin);
        if (fetchSite is not null) request.Headers.Add("Sec-Fetch-Site", fetchSite);

        using var response = await _client.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("did not save it", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Empty(await _site.RowsAsync());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("null")] // what a browser sends on a plain form post from a page with Referrer-Policy: no-referrer
    public async Task A_browser_that_sends_no_usable_origin_but_says_same_origin_is_accepted(string? origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/feedback") { Content = new FormUrlEncodedContent(Fields(("page", "relief"), ("lang", "en"), ("useful", "yes"))) };
        if (origin is not null) request.Headers.Add("Origin", origin);
        request.Headers.Add("Sec-Fetch-Site", "same-origin");

        using var response = await _client.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Single(await _site.RowsAsync());
    }

    [Fact]
    public async Task A_body_over_4_KB_gets_413_and_stores_nothing()
    {
        using var response = await _client.PostFeedbackAsync(Fields(("page", "relief"), ("lang", "en"), ("reason", "other"), ("comment", new string('a', 5000))));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(await _site.RowsAsync());
    }

    [Fact]
    public async Task A_comment_over_1000_characters_is_refused_and_nothing_is_stored()
    {
        using var response = await _client.PostFeedbackAsync(Fields(("page", "relief"), ("lang", "en"), ("comment", new string('a', 1001))));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("1,000 characters", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Empty(await _site.RowsAsync());
    }

    [Fact]
    public async Task A_bot_that_fills_the_hidden_box_is_thanked_and_nothing_is_stored()
    {
        using var response = await _client.PostFeedbackAsync(Fields(("page", "relief"), ("lang", "en"), ("useful", "yes"), ("website", "http://spam.example")));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Empty(await _site.RowsAsync());
    }

    [Theory]
    [InlineData("page=no-such-page&lang=en&useful=yes")]
    [InlineData("page=relief&lang=fr&useful=yes")]
    [InlineData("page=relief&lang=en&useful=maybe")]
    [InlineData("page=relief&lang=en&useful=yes&email=a")]
    [InlineData("page=relief&lang=en&useful=yes&useful=no")]
    [InlineData("page=relief&lang=en&reason=too-short")]
    [InlineData("page=relief&lang=en&useful=yes&comment=hi")]
    [InlineData("lang=en&useful=yes")]
    public async Task An_unknown_page_field_or_value_gets_400_and_stores_nothing(string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/feedback") { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded") };
        request.Headers.Add("Origin", SiteOrigin);

        using var response = await _client.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await _site.RowsAsync());
    }

    [Fact]
    public async Task A_page_is_the_same_after_a_post_same_etag_and_no_cookie()
    {
        using var before = await _client.GetAsync("/relief", Cancel);
        using var post = await _client.AnswerAsync("relief", "no");
        using var after = await _client.GetAsync("/relief", Cancel);

        Assert.Equal(HttpStatusCode.SeeOther, post.StatusCode);
        Assert.NotNull(before.Headers.ETag);
        Assert.Equal(before.Headers.ETag, after.Headers.ETag);
        Assert.Equal(await before.Content.ReadAsStringAsync(Cancel), await after.Content.ReadAsStringAsync(Cancel));
        Assert.False(before.Headers.Contains("Set-Cookie") || post.Headers.Contains("Set-Cookie") || after.Headers.Contains("Set-Cookie"), "a cookie was set");
        Assert.Equal("no-store", post.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Every_page_asks_the_question_with_a_plain_form_and_no_token()
    {
        var page = await _client.GetDocumentAsync("/relief");

        var form = page.QuerySelector("form.feedback-question")!;
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal("/feedback", form.GetAttribute("action"));
        Assert.Equal(["page", "lang", "website", "useful", "useful"], form.QuerySelectorAll("[name]").Select(e => e.GetAttribute("name")!));
        Assert.Equal("relief", form.QuerySelector("[name=page]")!.GetAttribute("value"));
        Assert.NotNull(page.GetElementById("feedback"));
        var comment = page.QuerySelector("#feedback-more textarea[name=comment]")!;
        Assert.Equal("1000", comment.GetAttribute("maxlength"));
        Assert.Contains("do not write your name", page.GetElementById(comment.GetAttribute("aria-describedby")!)!.TextContent, StringComparison.Ordinal);
    }

    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        return ValueTask.CompletedTask;
    }
}
