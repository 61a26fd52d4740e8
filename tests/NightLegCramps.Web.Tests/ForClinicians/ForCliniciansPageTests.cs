using System.Net;
using System.Text.Json;
using NightLegCramps.Web.Tests.Testing;

namespace NightLegCramps.Web.Tests.ForClinicians;

public sealed class ForCliniciansPageTests(RealContentSite site) : IClassFixture<RealContentSite>
{
    [Fact]
    public async Task The_page_lists_every_page_and_section_address()
    {
        var client = site.CreateClient();
        var page = await client.GetDocumentAsync("/for-clinicians");
        using var api = JsonDocument.Parse(await client.GetStringAsync("/api/topics", TestContext.Current.CancellationToken));

        var listed = page.QuerySelectorAll("#all-addresses code").Select(c => c.TextContent).ToList();
        var expected = api.RootElement.EnumerateArray().SelectMany(t =>
            t.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("url").GetString()!).Prepend(t.GetProperty("url").GetString()!)).ToList();
        Assert.Equal(expected, listed);
        Assert.True(listed.Count > 30);
    }

    [Fact]
    public async Task The_page_gives_the_codes_and_example_addresses_that_work()
    {
        var client = site.CreateClient();
        var page = await client.GetDocumentAsync("/for-clinicians");

        Assert.Equal("For clinicians", page.QuerySelector("h1")?.TextContent);
        var codes = page.QuerySelector("#code-list")!.TextContent;
        Assert.Contains("G47.62", codes, StringComparison.Ordinal);
        Assert.Contains("R25.2", codes, StringComparison.Ordinal);
        var examples = page.QuerySelectorAll("main a[href*='/handout?'], main a[href*='/connect?']").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(3, examples.Count);
        foreach (var example in examples)
        {
            Assert.StartsWith("https://nightlegcramps.example.org/", example, StringComparison.Ordinal);
            using var response = await client.GetAsync(example["https://nightlegcramps.example.org".Length..], TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }
}
