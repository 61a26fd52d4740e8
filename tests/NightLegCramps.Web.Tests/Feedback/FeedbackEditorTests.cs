using NightLegCramps.Testing;
using static NightLegCramps.Testing.FeedbackPosts;

namespace NightLegCramps.Web.Tests.Feedback;

/// <summary>/editor (Development) shows readers' answers beside each page, as they come in.</summary>
public sealed class FeedbackEditorTests
{
    [Fact]
    public async Task The_editor_page_shows_yes_no_and_percent_beside_the_page_with_reasons_and_comments_below()
    {
        using var site = new SiteFactory(SiteFactory.FixtureContent, "Development", new Dictionary<string, string?> { ["Site:BaseUrl"] = SiteOrigin });
        using var client = site.CreatePlainClient();
        (await client.AnswerAsync("relief", "yes")).Dispose();
        (await client.AnswerAsync("relief", "no")).Dispose();
        (await client.AnswerAsync("relief", "yes")).Dispose();
        (await client.PostFeedbackAsync(Fields(("page", "relief"), ("lang", "en"), ("reason", "hard-to-understand"), ("comment", "Too many long words")))).Dispose();

        var editor = await client.GetDocumentAsync("/editor");

        var row = editor.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th code")?.TextContent == "relief.md");
        Assert.Equal("2 yes, 1 no (67%)", row.Children[^1].TextContent.Trim());
        var details = editor.GetElementById("feedback-en-relief")!;
        Assert.Contains("67% useful", details.TextContent, StringComparison.Ordinal);
        Assert.Contains("hard to understand 1", details.NextElementSibling!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Too many long words", editor.QuerySelector("#feedback ~ ul")!.TextContent, StringComparison.Ordinal);

        (await client.AnswerAsync("relief", "no")).Dispose();
        var later = await client.GetDocumentAsync("/editor");
        Assert.Equal("2 yes, 2 no (50%)", later.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th code")?.TextContent == "relief.md").Children[^1].TextContent.Trim());
    }
}
