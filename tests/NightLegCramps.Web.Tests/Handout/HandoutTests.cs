using System.Net;
using NightLegCramps.Web.Tests.Print;

namespace NightLegCramps.Web.Tests.Handout;

public sealed class HandoutTests(SharedSite site)
{
    private const string BaseUrl = "https://nightlegcramps.example.org";

    [Fact]
    public async Task A_handout_shows_the_topics_in_the_order_asked_each_with_its_review_dates()
    {
        var page = await site.CreateClient().GetDocumentAsync("/handout?topics=relief,prevention,when-to-see-a-doctor");

        var topics = page.QuerySelectorAll("article.handout-topic").ToList();
        Assert.Equal(["relief", "prevention", "when-to-see-a-doctor"], topics.Select(t => t.Id));
        Assert.Equal(["How to ease a cramp", "Ways to help prevent night leg cramps", "When to see a doctor"],
            topics.Select(t => t.QuerySelector("h2")!.TextContent));
        Assert.All(topics, t => Assert.Contains("Page last reviewed: 20 November 2026", t.QuerySelector(".review-dates")!.TextContent, StringComparison.Ordinal));
        // The two callouts of "When to see a doctor" come through.
        Assert.NotNull(topics[2].QuerySelector(".callout-urgent"));
        Assert.NotNull(topics[2].QuerySelector(".callout-appointment"));
    }

    [Fact]
    public async Task The_QR_code_of_a_handout_encodes_the_handout_address_itself()
    {
        const string path = "/handout?topics=relief,prevention,when-to-see-a-doctor";
        var page = await site.CreateClient().GetDocumentAsync(path);

        var foot = page.QuerySelector(".print-foot")!;
        Assert.Equal(BaseUrl + path, foot.QuerySelector(".print-url")!.TextContent);
        QrSvg.AssertEncodes(BaseUrl + path, foot.QuerySelector("svg")!);
    }

    [Fact]
    public async Task Unknown_topics_are_listed_as_ignored_and_left_out_of_the_address()
    {
        using var response = await site.CreateClient().GetAsync("/handout?topics=relief,no-such-page,%3Cscript%3E,../etc", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(["no-such-page", "<script>", "../etc"], page.QuerySelectorAll("#handout-ignored li").Select(li => li.TextContent));
        Assert.Equal(["relief"], page.QuerySelectorAll("article.handout-topic").Select(t => t.Id));
        Assert.Equal(BaseUrl + "/handout?topics=relief", page.QuerySelector(".print-url")!.TextContent);
    }

    [Fact]
    public async Task The_form_works_without_JavaScript_and_its_checkbox_answer_gives_the_same_handout()
    {
        var client = site.CreateClient();
        var form = (await client.GetDocumentAsync("/handout")).QuerySelector("form.handout-picker")!;

        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/handout", form.GetAttribute("action"));
        var boxes = form.QuerySelectorAll("input[type=checkbox][name=topics]").Select(b => b.GetAttribute("value")).ToList();
        Assert.Contains("relief", boxes);
        Assert.Contains("prevention", boxes);
        Assert.Empty((await client.GetDocumentAsync("/handout")).QuerySelectorAll("article.handout-topic"));

        // What a browser sends when two boxes are ticked.
        var page = await client.GetDocumentAsync("/handout?topics=prevention&topics=relief");
        Assert.Equal(["prevention", "relief"], page.QuerySelectorAll("article.handout-topic").Select(t => t.Id));
        Assert.Equal(["prevention", "relief"], page.QuerySelectorAll("input[name=topics][checked]").Select(b => b.GetAttribute("value")));
    }

    [Fact]
    public async Task Every_id_on_a_handout_of_every_topic_is_unique_and_every_in_page_link_has_its_target()
    {
        var all = "relief,prevention,when-to-see-a-doctor,conditions,what-are-night-leg-cramps,causes-and-risk,cramps-or-restless-legs,not-recommended";
        var page = await site.CreateClient().GetDocumentAsync("/handout?topics=" + all);

        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(8, page.QuerySelectorAll("article.handout-topic").Length);
        foreach (var link in page.QuerySelectorAll("a[href^='#']"))
        {
            Assert.NotNull(page.GetElementById(link.GetAttribute("href")![1..]));
        }
        // One h1; the topics' own headings sit under each topic title.
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.All(page.QuerySelectorAll("article.handout-topic"), t => Assert.Single(t.QuerySelectorAll("h2")));
    }
}
