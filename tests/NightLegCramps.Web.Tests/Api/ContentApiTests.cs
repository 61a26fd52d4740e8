using System.Net;
using System.Text.Json;

namespace NightLegCramps.Web.Tests.Api;

public sealed class ContentApiTests(SharedSite site)
{
    private const string BaseUrl = "https://nightlegcramps.example.org";

    [Fact]
    public async Task The_topics_API_lists_every_page_with_sections_whose_addresses_exist()
    {
        var client = site.CreateClient();
        using var response = await client.GetAsync("/api/topics", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.Public);
        Assert.True(response.Headers.CacheControl?.MaxAge > TimeSpan.Zero);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var topics = json.RootElement.EnumerateArray().ToList();
        var contents = (await client.GetDocumentAsync("/relief")).QuerySelectorAll("#contents a").Select(a => BaseUrl + a.GetAttribute("href"));
        Assert.Equal(contents, topics.Select(t => t.GetProperty("url").GetString()));

        var relief = topics.Single(t => t.GetProperty("slug").GetString() == "relief");
        Assert.Equal("How to ease a cramp", relief.GetProperty("title").GetString());
        Assert.Equal("2026-11-20", relief.GetProperty("lastReviewed").GetString());
        Assert.Equal("2027-11-20", relief.GetProperty("nextReview").GetString());
        Assert.False(string.IsNullOrEmpty(relief.GetProperty("summary").GetString()));
        foreach (var topic in topics)
        {
            var url = topic.GetProperty("url").GetString()!;
            var page = await client.GetDocumentAsync(url[BaseUrl.Length..]);
            foreach (var section in topic.GetProperty("sections").EnumerateArray())
            {
                var anchor = section.GetProperty("anchor").GetString()!;
                Assert.Equal(url + "#" + anchor, section.GetProperty("url").GetString());
                Assert.Equal(section.GetProperty("heading").GetString(), page.GetElementById(anchor)?.TextContent);
            }
        }
    }

    [Fact]
    public async Task The_conditions_API_gives_four_categories_of_twenty_seven_conditions_with_their_addresses()
    {
        using var response = await site.CreateClient().GetAsync("/api/conditions", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.Public);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var categories = json.RootElement.GetProperty("categories").EnumerateArray().ToList();
        Assert.Equal(4, categories.Count);
        Assert.Equal(27, categories.Sum(c => c.GetProperty("conditions").GetArrayLength()));
        // The same categories and entries a reader sees on the conditions page.
        var page = await site.CreateClient().GetDocumentAsync("/conditions");
        var shown = page.QuerySelectorAll("section.condition-category").ToList();
        Assert.Equal(shown.Select(s => s.QuerySelector("h2")!.TextContent), categories.Select(c => c.GetProperty("name").GetString()));
        foreach (var (category, section) in categories.Zip(shown))
        {
            var anchor = section.QuerySelector("h2")!.Id;
            Assert.Equal(BaseUrl + "/conditions#" + anchor, category.GetProperty("url").GetString());
            var entries = category.GetProperty("conditions").EnumerateArray().ToList();
            Assert.Equal(section.QuerySelectorAll("li").Select(li => li.TextContent),
                entries.Select(e => e.GetProperty("plainName").GetString() is { } plain ? $"{e.GetProperty("name").GetString()} ({plain})" : e.GetProperty("name").GetString()));
            Assert.All(entries, e => Assert.Equal(category.GetProperty("url").GetString(), e.GetProperty("url").GetString()));
        }
    }
}
