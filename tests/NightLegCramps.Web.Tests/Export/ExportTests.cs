using Microsoft.Extensions.DependencyInjection;
using NightLegCramps.Content.Loading;

namespace NightLegCramps.Web.Tests.Export;

/// <summary>What the export holds, compared with what the live site serves for the same address.</summary>
public sealed class ExportTests(ExportedSite export) : IClassFixture<ExportedSite>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_page_is_a_folder_with_index_html_holding_the_live_page_with_its_canonical_address_unchanged()
    {
        var client = export.Site.CreateClient();
        var pages = export.Result.Files.Where(f => f.File.EndsWith("index.html", StringComparison.Ordinal)).ToList();
        var listed = export.Site.Services.GetRequiredService<ContentStore>().Current.AllPages.Select(p => p.Path).ToList();

        Assert.NotEmpty(listed);
        Assert.All(listed, path => Assert.Contains(pages, f => f.Address == path && f.File == (path == "/" ? "index.html" : path.TrimStart('/') + "/index.html")));
        foreach (var page in pages)
        {
            var live = Html.Parse(await client.GetStringAsync(page.Address, Cancel));
            var exported = Html.Parse(await File.ReadAllTextAsync(Path.Combine(export.Folder, page.File), Cancel));
            Assert.Equal(live.QuerySelector("link[rel=canonical]")?.GetAttribute("href"), exported.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
            Assert.Equal(live.Title, exported.Title);
            Assert.Equal(live.QuerySelector("main")!.TextContent, exported.QuerySelector("main")!.TextContent);
        }
    }

    [Fact]
    public async Task Files_other_than_pages_hold_exactly_the_bytes_the_live_site_serves()
    {
        var client = export.Site.CreateClient();
        var files = export.Result.Files.Where(f => !f.File.EndsWith(".html", StringComparison.Ordinal)).ToList();

        Assert.Contains(files, f => f.File == "sitemap.xml");
        Assert.Contains(files, f => f.File == "api/topics.json");
        Assert.Contains(files, f => f.File.StartsWith("css/site.", StringComparison.Ordinal));
        foreach (var file in files)
        {
            var live = await client.GetByteArrayAsync(file.Address, Cancel);
            var exported = await File.ReadAllBytesAsync(Path.Combine(export.Folder, file.File), Cancel);
            Assert.True(live.AsSpan().SequenceEqual(exported), $"{file.File} differs from the live {file.Address}");
        }
    }

    [Fact]
    public async Task The_404_page_is_the_site_own_and_links_to_pages_of_the_export()
    {
        using var live = await export.Site.CreateClient().GetAsync("/not-found", Cancel);
        var exported = Html.Parse(await File.ReadAllTextAsync(Path.Combine(export.Folder, "404.html"), Cancel));

        Assert.Equal(Html.Parse(await live.Content.ReadAsStringAsync(Cancel)).QuerySelector("main")!.TextContent, exported.QuerySelector("main")!.TextContent);
        var links = exported.QuerySelectorAll("main a[href^='/']").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, href => Assert.True(href == "/" || href.EndsWith('/'), $"{href} is not a folder of the export"));
    }

    [Fact]
    public async Task Links_to_parts_that_need_the_app_point_at_it_on_the_configured_address()
    {
        Assert.Contains("/handout", export.Result.NeedTheApp);
        Assert.DoesNotContain(export.Result.Files, f => f.Address.StartsWith("/handout", StringComparison.Ordinal));

        var clinicians = Html.Parse(await File.ReadAllTextAsync(Path.Combine(export.Folder, "for-clinicians", "index.html"), Cancel));
        var handoutLinks = clinicians.QuerySelectorAll("a[href*='/handout']").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(handoutLinks);
        Assert.All(handoutLinks, href => Assert.StartsWith("https://nightlegcramps.example.org/handout", href, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_export_keeps_no_offline_copies_no_service_worker_and_no_offline_note_but_can_be_added_to_a_home_screen()
    {
        var pages = export.Result.Files.Where(f => f.File.EndsWith(".html", StringComparison.Ordinal)).ToList();

        Assert.DoesNotContain(export.Result.Files, f => f.File == "sw.js");
        Assert.Contains(export.Result.Files, f => f.File == "manifest.webmanifest");
        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            var html = Html.Parse(await File.ReadAllTextAsync(Path.Combine(export.Folder, page.File), Cancel));
            Assert.False(html.Body!.HasAttribute("data-offline-pages"), $"{page.File} asks for pages to be kept offline");
            Assert.Null(html.QuerySelector(".offline-note"));
            Assert.NotNull(html.QuerySelector("link[rel=manifest]"));
        }
        // The live site still offers both.
        var live = await export.Site.CreateClient().GetDocumentAsync("/relief");
        Assert.True(live.Body!.HasAttribute("data-offline-pages"));
        Assert.NotNull(live.QuerySelector(".offline-note"));
    }
}
