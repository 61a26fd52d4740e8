using System.Text.Json;

namespace NightLegCramps.Web.Tests.ForClinicians;

public sealed class ForCliniciansPageTests(SharedSite site)
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

    [Fact]
    public async Task The_page_gives_the_CDS_Hooks_discovery_address_and_why_no_JWT_trust_is_needed()
    {
        var client = site.CreateClient();
        // The section: what follows its heading, up to the next heading.
        var heading = (await client.GetDocumentAsync("/for-clinicians")).GetElementById("cds-hooks")!.ParentElement!;
        var section = new List<AngleSharp.Dom.IElement>();
        for (var next = heading.NextElementSibling; next is not null && !next.ClassList.Contains("section-heading"); next = next.NextElementSibling) section.Add(next);
        var text = string.Concat(section.Select(e => e.TextContent));

        var discovery = section.SelectMany(e => e.QuerySelectorAll("a")).Select(a => a.GetAttribute("href")!).Single(h => h.EndsWith("/cds-services", StringComparison.Ordinal));
        using var listed = await client.GetAsync(discovery["https://nightlegcramps.example.org".Length..], TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.OK, listed.StatusCode);
        Assert.Contains("night-leg-cramps-patient-info", await listed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Contains("no JWT trust", text, StringComparison.Ordinal);
        Assert.Contains("keeps nothing", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/relief")]
    [InlineData("/handout")]
    [InlineData("/no-such-page")]
    [InlineData("/es")]
    public async Task Every_page_links_to_the_clinicians_page_from_its_footer(string path)
    {
        var page = await site.CreateClient().GetDocumentAsync(path);

        Assert.NotNull(page.QuerySelector("footer.site-footer a[href='/for-clinicians']"));
    }
}
