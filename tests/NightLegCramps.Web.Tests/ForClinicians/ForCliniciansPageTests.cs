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
    public async Task The_page_gives_the_codes()
    {
        var page = await site.CreateClient().GetDocumentAsync("/for-clinicians");

        Assert.Equal("For clinicians", page.QuerySelector("h1")?.TextContent);
        var codes = page.QuerySelector("#code-list")!.TextContent;
        Assert.Contains("G47.62", codes, StringComparison.Ordinal);
        Assert.Contains("R25.2", codes, StringComparison.Ordinal);
    }
}
