using NightLegCramps.Browser.Tests.Testing;

namespace NightLegCramps.Browser.Tests.Pages;

/// <summary>The editor status page (Development) on an editor's desktop.</summary>
public sealed class EditorPageTests(BrowserSite browser)
{
    private const string LongName = "a-page-whose-file-name-is-much-longer-than-any-page-an-editor-would-normally-write.md";

    private static string Page(string slug, string body) =>
        $"---\ntitle: A page with a long title that goes on for quite a while, as titles sometimes do\nsummary: A page with problems.\nslug: {slug}\norder: 80\nlastReviewed: 2026-01-01\nnextReview: 2099-01-01\n---\n\n{body}\n\n:::notice\nGeneral information.\n:::\n";

    [Fact]
    public async Task At_1280_px_the_whole_status_table_shows_without_scrolling_sideways()
    {
        using var content = new TempContent();
        // Long file names and long problems: broken links to long addresses, raw HTML, an unknown callout, a long word.
        content.Write(LongName, Page("long-file-name",
            "See [this](/an-address-that-is-very-long-and-leads-nowhere-at-all-on-this-site-or-any-other) and <span>that</span>.\n\n"
            + ":::urgnet\nA box with a typo.\n:::\n\nPneumonoultramicroscopicsilicovolcanoconiosisandsupercalifragilisticexpialidocious."));
        content.Write("es/una-pagina-con-un-nombre-de-archivo-larguisimo-que-nadie-escribiria-nunca.md",
            Page("pagina-larga", "Vea [esto](/es/una-direccion-muy-larga-que-no-lleva-a-ninguna-parte-de-este-sitio).").Replace("order: 80", "order: 80\ntranslationOf: relief", StringComparison.Ordinal));
        await using var site = KestrelSite.ForAnEditor(new Dictionary<string, string?> { ["Content:Path"] = content.Folder });

        await using var tab = await browser.OpenAsync(new Uri(site.BaseAddress, "/editor"), new() { ViewportSize = Viewports.Desktop });

        Assert.Equal(200, tab.Response!.Status);
        Assert.Contains(LongName, await tab.Page.Locator(".status-table").InnerTextAsync(), StringComparison.Ordinal);
        var widths = await tab.Page.EvaluateAsync<int[]>("""
            () => {
              const page = document.documentElement, region = document.querySelector('.table-scroll'), table = document.querySelector('.status-table');
              return [page.scrollWidth, page.clientWidth, region.scrollWidth, region.clientWidth, Math.ceil(table.getBoundingClientRect().right), page.clientWidth];
            }
            """);
        Assert.True(widths[0] <= widths[1], $"the page scrolls sideways: {widths[0]} px wide in a {widths[1]} px window");
        Assert.True(widths[2] <= widths[3], $"the status table scrolls sideways: {widths[2]} px in a {widths[3]} px region");
        Assert.True(widths[4] <= widths[5], $"the status table ends at {widths[4]} px, past the {widths[5]} px window");
    }
}
