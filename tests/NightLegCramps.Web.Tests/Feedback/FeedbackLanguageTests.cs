using System.Net;
using NightLegCramps.Testing;
using static NightLegCramps.Testing.FeedbackPosts;

namespace NightLegCramps.Web.Tests.Feedback;

/// <summary>The question on a page in another language: asked in that language, stored under it, answered back to that page.</summary>
public sealed class FeedbackLanguageTests : IDisposable
{
    private readonly TempContent _content = new();
    private readonly SiteFactory _site;

    public FeedbackLanguageTests()
    {
        // A Spanish edition of one page: the English page's text under a Spanish address.
        Directory.CreateDirectory(_content.PathOf("es"));
        _content.Write("es/alivio.md", _content.Read("relief.md").Replace("slug: relief", "slug: alivio\ntranslationOf: relief", StringComparison.Ordinal));
        _site = new SiteFactory(_content.Folder);
    }

    [Fact]
    public async Task A_spanish_page_asks_in_spanish_and_its_answer_is_stored_as_spanish()
    {
        using var client = _site.CreatePlainClient();
        var page = await client.GetDocumentAsync("/es/alivio");
        var form = page.QuerySelector("form.feedback-question")!;

        using var response = await client.PostFeedbackAsync(Fields(("page", form.QuerySelector("[name=page]")!.GetAttribute("value")!), ("lang", form.QuerySelector("[name=lang]")!.GetAttribute("value")!), ("useful", "no")));

        Assert.Equal("¿Le ha sido útil esta página?", page.GetElementById("feedback")!.TextContent);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/es/alivio#feedback-more", response.Headers.Location?.ToString());
        var row = Assert.Single(await _site.RowsAsync());
        Assert.Equal(("alivio", "es"), (row.Page, row.Language));
    }

    [Fact]
    public async Task A_refusal_about_a_spanish_page_is_written_in_spanish()
    {
        using var client = _site.CreatePlainClient();

        using var response = await client.PostFeedbackAsync(Fields(("page", "alivio"), ("lang", "es"), ("comment", new string('a', 1001))));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var reply = Html.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("es", reply.DocumentElement.GetAttribute("lang"));
        Assert.Equal("/es/alivio#feedback", reply.QuerySelector("main a")!.GetAttribute("href"));
        Assert.Empty(await _site.RowsAsync());
    }

    public void Dispose()
    {
        _site.Dispose();
        _content.Dispose();
    }
}
