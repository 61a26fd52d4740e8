using System.Xml.Linq;

namespace NightLegCramps.Web.Tests.Sitemap;

public sealed class SitemapTests(SharedSite shared)
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task The_sitemap_lists_every_page_with_its_last_review_and_no_drafts()
    {
        using var content = new TempContent();
        content.Write("draft.md", "---\ntitle: A page not ready\nsummary: Not ready yet.\nslug: not-ready\norder: 99\nlastReviewed: 2026-11-20\nnextReview: 2027-11-20\ndraft: true\n---\n\nNot ready.\n");
        using var site = new SiteFactory(content.Folder);
        var client = site.CreateClient();

        var xml = XDocument.Parse(await client.GetStringAsync("/sitemap.xml", TestContext.Current.CancellationToken));
        var urls = xml.Root!.Elements(Ns + "url").ToDictionary(u => u.Element(Ns + "loc")!.Value, u => u.Element(Ns + "lastmod")?.Value);

        var pages = (await client.GetDocumentAsync("/relief")).QuerySelectorAll("#contents a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(9, pages.Count);
        foreach (var page in pages)
        {
            Assert.Equal("2026-11-20", urls["https://nightlegcramps.example.org" + page]);
        }
        Assert.Contains("https://nightlegcramps.example.org/for-clinicians", urls.Keys);
        Assert.DoesNotContain(urls.Keys, u => u.Contains("not-ready", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Robots_txt_points_to_the_sitemap_by_its_absolute_address()
    {
        var robots = await shared.CreateClient().GetStringAsync("/robots.txt", TestContext.Current.CancellationToken);

        Assert.Contains("Sitemap: https://nightlegcramps.example.org/sitemap.xml", robots.Split('\n'));
        Assert.Contains("User-agent: *", robots.Split('\n'));
    }
}
