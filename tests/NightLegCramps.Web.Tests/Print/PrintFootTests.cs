using System.Globalization;

namespace NightLegCramps.Web.Tests.Print;

public sealed class PrintFootTests(SharedSite site)
{
    private const string BaseUrl = "https://nightlegcramps.example.org";

    [Theory]
    [InlineData("/relief", "2026-11-20")]
    [InlineData("/when-to-see-a-doctor", "2026-11-20")]
    [InlineData("/", "2026-11-20")]
    public async Task A_printed_page_ends_with_its_address_review_dates_and_a_QR_code_of_the_address(string path, string reviewed)
    {
        var page = await site.CreateClient().GetDocumentAsync(path);

        var foot = page.QuerySelector(".print-only.print-foot");
        Assert.NotNull(foot);
        var address = BaseUrl + (path == "/" ? "/" : path);
        Assert.Equal(address, foot.QuerySelector(".print-url")!.TextContent);
        var day = DateOnly.ParseExact(reviewed, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        Assert.Contains("Page last reviewed: " + day, foot.TextContent, StringComparison.Ordinal);
        Assert.Contains("Next review due:", foot.TextContent, StringComparison.Ordinal);

        var svg = foot.QuerySelector("svg")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Contains(address, svg.GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.Null(svg.QuerySelector("[style]")); // the CSP forbids inline style
        Assert.Single(svg.QuerySelectorAll("path"));
        QrSvg.AssertEncodes(address, svg);
    }

    [Fact]
    public async Task The_print_stylesheet_is_linked_for_print_only_and_hides_the_controls()
    {
        var client = site.CreateClient();
        var page = await client.GetDocumentAsync("/relief");

        var link = page.QuerySelector("link[rel=stylesheet][media=print]");
        Assert.NotNull(link);
        Assert.Contains("/css/print", link.GetAttribute("href"), StringComparison.Ordinal);
        var css = await client.GetStringAsync(link.GetAttribute("href"), TestContext.Current.CancellationToken);
        foreach (var hidden in new[] { ".site-header", ".contents", ".pager", ".section-link", "form" })
        {
            Assert.Contains(hidden, css, StringComparison.Ordinal);
        }
        Assert.Contains(".print-only { display: block", css, StringComparison.Ordinal);
    }
}
