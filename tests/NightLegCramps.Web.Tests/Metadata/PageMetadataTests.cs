using System.Text.Json;
using AngleSharp.Html.Dom;

namespace NightLegCramps.Web.Tests.Metadata;

public sealed class PageMetadataTests(SharedSite site)
{
    private const string BaseUrl = "https://nightlegcramps.example.org";

    public static TheoryData<string> Pages => new(
        "/", "/what-are-night-leg-cramps", "/causes-and-risk", "/cramps-or-restless-legs", "/conditions",
        "/when-to-see-a-doctor", "/prevention", "/relief", "/not-recommended");

    private static string? Meta(IHtmlDocument page, string key) =>
        page.QuerySelector($"meta[property='{key}'], meta[name='{key}']")?.GetAttribute("content");

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_has_a_canonical_address_a_description_and_share_previews(string path)
    {
        var client = site.CreateClient();
        var page = await client.GetDocumentAsync(path);
        var api = JsonDocument.Parse(await client.GetStringAsync("/api/topics", TestContext.Current.CancellationToken));
        var topic = api.RootElement.EnumerateArray().Single(t => t.GetProperty("url").GetString() == BaseUrl + path);
        var summary = topic.GetProperty("summary").GetString();
        var title = topic.GetProperty("title").GetString();

        Assert.Equal(BaseUrl + path, page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal(summary, Meta(page, "description"));
        Assert.Equal(title, Meta(page, "og:title"));
        Assert.Equal(summary, Meta(page, "og:description"));
        Assert.Equal(BaseUrl + path, Meta(page, "og:url"));
        Assert.Equal("Night leg cramps", Meta(page, "og:site_name"));
        Assert.Equal(path == "/" ? "website" : "article", Meta(page, "og:type"));
        Assert.Equal("summary", Meta(page, "twitter:card"));
        Assert.Equal(title, Meta(page, "twitter:title"));
        Assert.Equal(summary, Meta(page, "twitter:description"));
    }

    [Theory]
    [InlineData("/relief")]
    [InlineData("/handout?topics=relief")]
    [InlineData("/for-clinicians")]
    public async Task Addresses_come_from_the_configured_base_url_even_when_the_Host_header_lies(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = "evil.example";
        request.Headers.Add("X-Forwarded-Host", "evil.example");
        using var response = await site.CreateClient().SendAsync(request, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var page = Html.Parse(html);

        Assert.DoesNotContain("evil.example", html, StringComparison.Ordinal);
        Assert.Equal(BaseUrl + path, page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal(BaseUrl + path, Meta(page, "og:url"));
        Assert.Equal(BaseUrl + path, page.QuerySelector(".print-url")?.TextContent);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_topic_page_describes_itself_as_a_MedicalWebPage_about_nocturnal_leg_cramps(string path)
    {
        var page = await site.CreateClient().GetDocumentAsync(path);

        var script = Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']"));
        using var json = JsonDocument.Parse(script.TextContent);
        var root = json.RootElement;
        Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
        Assert.Equal("MedicalWebPage", root.GetProperty("@type").GetString());
        Assert.Equal(Meta(page, "og:title"), root.GetProperty("name").GetString());
        Assert.Equal(Meta(page, "description"), root.GetProperty("description").GetString());
        Assert.Equal(BaseUrl + path, root.GetProperty("url").GetString());
        Assert.Equal("2026-11-20", root.GetProperty("lastReviewed").GetString());
        Assert.Equal("2026-11-20", root.GetProperty("dateModified").GetString());
        Assert.Equal("MedicalAudience", root.GetProperty("medicalAudience").GetProperty("@type").GetString());
        Assert.Equal("Patient", root.GetProperty("medicalAudience").GetProperty("audienceType").GetString());
        var about = root.GetProperty("about");
        Assert.Equal("MedicalCondition", about.GetProperty("@type").GetString());
        Assert.Equal("Nocturnal leg cramps", about.GetProperty("name").GetString());
        var codes = about.GetProperty("code").EnumerateArray()
            .Select(c => (c.GetProperty("@type").GetString(), c.GetProperty("codingSystem").GetString(), c.GetProperty("codeValue").GetString()));
        Assert.Equal([("MedicalCode", "ICD-10-CM", "G47.62"), ("MedicalCode", "ICD-10-CM", "R25.2")], codes);
    }

    [Fact]
    public async Task A_hostile_title_cannot_break_out_of_the_structured_data()
    {
        const string hostile = "Ease </script><script>alert(1)</script> & \"more\"";
        using var content = new TempContent();
        content.Write("relief.md", content.Read("relief.md").Replace(
            "title: How to ease a cramp", "title: 'Ease </script><script>alert(1)</script> & \"more\"'", StringComparison.Ordinal));
        using var factory = new SiteFactory(content.Folder);

        var page = await factory.CreateClient().GetDocumentAsync("/relief");

        Assert.Empty(page.QuerySelectorAll("script:not([src]):not([type='application/ld+json'])")); // only site.js (a file) and the data block
        var script = Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']"));
        using var json = JsonDocument.Parse(script.TextContent);
        Assert.Equal(hostile, json.RootElement.GetProperty("name").GetString());
        Assert.Equal(hostile, Meta(page, "og:title"));
        Assert.Equal(hostile, page.QuerySelector("h1")!.TextContent);
    }
}
