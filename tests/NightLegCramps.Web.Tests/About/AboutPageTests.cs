using System.Net;
using System.Text.Json;

namespace NightLegCramps.Web.Tests.About;

/// <summary>Who stands behind the site: the "about" page, the footer that leads to it, and who reviewed a page.</summary>
public sealed class AboutPageTests(SharedSite site)
{
    private readonly HttpClient _client = site.CreateClient();

    public static TheoryData<string> EveryKindOfPage => new("/", "/relief", "/conditions", "/about", "/for-clinicians", "/handout", "/no-such-page");

    [Theory]
    [MemberData(nameof(EveryKindOfPage))]
    public async Task Every_page_footer_links_to_about_and_to_the_clinicians_page(string path)
    {
        var page = await _client.GetDocumentAsync(path);

        var links = page.QuerySelectorAll("footer a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(1, links.Count(l => l == "/about"));
        Assert.Equal(1, links.Count(l => l == "/for-clinicians"));
    }

    [Fact]
    public async Task About_names_the_publisher_says_how_pages_are_checked_and_is_not_a_topic()
    {
        using var response = await _client.GetAsync("/about", TestContext.Current.CancellationToken);
        var page = Html.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The Night leg cramps project", page.QuerySelector(".publisher")!.TextContent, StringComparison.Ordinal); // the default Site:Publisher
        Assert.Empty(page.QuerySelectorAll("a[href^='mailto:']")); // no Site:ContactEmail, no contact line
        Assert.NotNull(page.QuerySelector(".review-dates"));
        Assert.NotNull(page.QuerySelector(".callout-notice"));
        // Not one of the topics: not in the contents list, no previous/next.
        Assert.DoesNotContain(page.QuerySelectorAll("nav#contents a"), a => a.GetAttribute("href") == "/about");
        Assert.Empty(page.QuerySelectorAll(".pager a"));
        var relief = await _client.GetDocumentAsync("/relief");
        Assert.DoesNotContain(relief.QuerySelectorAll("nav#contents a, .pager a"), a => a.GetAttribute("href") == "/about");
    }

    [Theory]
    [InlineData("/es")]
    [InlineData("/es/alivio")]
    [InlineData("/es/no-such-page")]
    public async Task A_Spanish_page_footer_leads_to_the_Spanish_about_page(string path)
    {
        var page = await _client.GetDocumentAsync(path);

        var links = page.QuerySelectorAll("footer a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(1, links.Count(l => l == "/es/sobre-este-sitio"));
        Assert.DoesNotContain("/about", links);
    }

    [Fact]
    public async Task The_Spanish_about_page_is_in_Spanish_names_the_publisher_and_links_to_the_English_one()
    {
        var page = await _client.GetDocumentAsync("/es/sobre-este-sitio");

        Assert.Equal("es", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("The Night leg cramps project", page.QuerySelector(".publisher")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".review-dates"));
        Assert.Contains(page.QuerySelectorAll("link[rel='alternate'][hreflang='en']"), l => l.GetAttribute("href")!.EndsWith("/about", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_publisher_and_contact_address_come_from_configuration()
    {
        using var configured = new SiteFactory(SiteFactory.FixtureContent, settings: new Dictionary<string, string?>
        {
            ["Site:Publisher"] = "Example Health Trust",
            ["Site:ContactEmail"] = "info@example.org",
        });

        var page = await configured.CreateClient().GetDocumentAsync("/about");

        var publisher = page.QuerySelector(".publisher")!;
        Assert.Contains("Example Health Trust", publisher.TextContent, StringComparison.Ordinal);
        Assert.Equal("mailto:info@example.org", publisher.QuerySelector("a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task A_page_with_reviewedBy_names_its_reviewer_beside_the_dates_and_in_its_structured_data()
    {
        using var content = new TempContent();
        content.Write("relief.md", content.Read("relief.md").Replace(
            "nextReview: 2027-11-20", "nextReview: 2027-11-20\nreviewedBy: { name: Dr Ana Diaz, role: General practitioner }", StringComparison.Ordinal));
        using var factory = new SiteFactory(content.Folder);
        var client = factory.CreateClient();

        var page = await client.GetDocumentAsync("/relief");
        var other = await client.GetDocumentAsync("/prevention");

        Assert.Contains("Reviewed by", page.QuerySelector(".review-dates")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Dr Ana Diaz, General practitioner", page.QuerySelector(".review-dates")!.TextContent, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var reviewer = json.RootElement.GetProperty("reviewedBy");
        Assert.Equal(("Person", "Dr Ana Diaz", "General practitioner"),
            (reviewer.GetProperty("@type").GetString(), reviewer.GetProperty("name").GetString(), reviewer.GetProperty("jobTitle").GetString()));
        // Optional: a page without it says nothing about a reviewer.
        Assert.DoesNotContain("Reviewed by", other.QuerySelector(".review-dates")!.TextContent, StringComparison.Ordinal);
        using var otherJson = JsonDocument.Parse(other.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.False(otherJson.RootElement.TryGetProperty("reviewedBy", out _));
    }
}
