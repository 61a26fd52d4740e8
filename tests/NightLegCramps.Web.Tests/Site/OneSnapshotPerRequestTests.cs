using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;
using NightLegCramps.Content.Loading;
using NightLegCramps.Content.Topics;
using NightLegCramps.Testing;

namespace NightLegCramps.Web.Tests.Site;

/// <summary>
/// A page is made from one version of the content, even when an edit lands while it is being made: its heading,
/// its title and the contents list around it never come from two versions.
/// </summary>
public sealed partial class OneSnapshotPerRequestTests : IDisposable
{
    private const string EditMidway = "X-Test-Edit-Midway";
    private const string EditedTitle = "Edited while the page was being made";

    private readonly TempContent _content = new();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_edit_that_lands_while_a_page_is_made_shows_on_the_next_request_never_half_in_this_one()
    {
        var edited = TitleLine().Replace(_content.Read("relief.md"), "title: " + EditedTitle, 1);
        await using var site = new SiteFactory(_content.Folder);
        await using var editing = site.WithWebHostBuilder(b => b.ConfigureServices(services =>
            services.Configure<MvcOptions>(o => o.Filters.Add(new SaveAfterTheHandler(_content.PathOf("relief.md"), edited)))));
        var client = editing.CreateClient();

        var midway = await GetAsync(client, "/relief", editMidway: true);

        // The page's own heading was read before the save; everything around it must be of that same version.
        Assert.NotEqual(EditedTitle, midway.Heading);
        Assert.Equal(midway.Heading, midway.ContentsEntry);
        Assert.StartsWith(midway.Heading, midway.Title, StringComparison.Ordinal);
        Assert.Equal(EditedTitle, editing.Services.GetRequiredService<ContentStore>().Current.Find("relief")?.Title); // the save did land

        var next = await GetAsync(client, "/relief", editMidway: false);
        Assert.Equal(EditedTitle, next.Heading); // not the copy made midway, kept under the new version's key
        Assert.Equal(EditedTitle, next.ContentsEntry);
    }

    [Fact]
    public async Task Every_part_of_one_request_gets_the_same_snapshot_even_across_a_reload()
    {
        await using var site = new SiteFactory(_content.Folder);
        using var client = site.CreateClient(); // builds the host
        var store = site.Services.GetRequiredService<ContentStore>();
        using var scope = site.Services.CreateScope();

        var first = scope.ServiceProvider.GetRequiredService<SiteContent>();
        var before = store.Current.Version;
        _content.Write("relief.md", _content.Read("relief.md") + "\nOne more line.\n");
        await Poll.UntilAsync(() => store.Current.Version > before, "the edit to load");

        Assert.Same(first, scope.ServiceProvider.GetRequiredService<SiteContent>());
        using var nextRequest = site.Services.CreateScope();
        Assert.Equal(store.Current.Version, nextRequest.ServiceProvider.GetRequiredService<SiteContent>().Version);
    }

    private static async Task<(string Heading, string Title, string ContentsEntry)> GetAsync(HttpClient client, string path, bool editMidway)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (editMidway) request.Headers.Add(EditMidway, "1");
        using var response = await client.SendAsync(request, Cancel);
        var page = Html.Parse(await response.Content.ReadAsStringAsync(Cancel));
        return (page.QuerySelector("h1")!.TextContent.Trim(), page.Title ?? "", page.QuerySelector($"#contents a[href='{path}']")!.TextContent.Trim());
    }

    public void Dispose() => _content.Dispose();

    [GeneratedRegex("^title: .*$", RegexOptions.Multiline)]
    private static partial Regex TitleLine();

    /// <summary>After the page's handler has run and before its view and layout are written, saves an edit and waits until it is live.</summary>
    private sealed class SaveAfterTheHandler(string file, string edited) : IAsyncPageFilter
    {
        public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

        public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
        {
            await next();
            if (!context.HttpContext.Request.Headers.ContainsKey(EditMidway)) return;
            var store = context.HttpContext.RequestServices.GetRequiredService<ContentStore>();
            var before = store.Current.Version;
            await File.WriteAllTextAsync(file, edited, Cancel);
            await Poll.UntilAsync(() => store.Current.Version > before, "the edit to load while the page was being made");
        }
    }
}
