namespace NightLegCramps.Testing;

/// <summary>Answers posted the way the page's form sends them: from the site's own origin unless a test says otherwise.</summary>
public static class FeedbackPosts
{
    /// <summary>The origin of SiteFactory's Site:BaseUrl.</summary>
    public const string SiteOrigin = "https://nightlegcramps.example.org";

    public static async Task<HttpResponseMessage> PostFeedbackAsync(this HttpClient client, IEnumerable<KeyValuePair<string, string>> fields, string? origin = SiteOrigin, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/feedback") { Content = new FormUrlEncodedContent(fields) };
        if (origin is not null) request.Headers.Add("Origin", origin);
        if (accept is not null) request.Headers.Add("Accept", accept);
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public static Task<HttpResponseMessage> AnswerAsync(this HttpClient client, string page, string useful, string? origin = SiteOrigin) =>
        client.PostFeedbackAsync(Fields(("page", page), ("lang", "en"), ("useful", useful)), origin);

    public static KeyValuePair<string, string>[] Fields(params (string Key, string Value)[] fields) =>
        [.. fields.Select(f => KeyValuePair.Create(f.Key, f.Value))];
}
