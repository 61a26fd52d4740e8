using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using NightLegCramps.Content;
using NightLegCramps.Content.Loading;
using NightLegCramps.Web.Commands;
using NightLegCramps.Web.Site;

namespace NightLegCramps.Web.Export;

/// <summary>
/// <c>export OUT_DIR</c>: starts this site on a free loopback port, saves every page, asset, the
/// sitemap and the API JSON into OUT_DIR through real HTTP requests, then stops.
/// </summary>
public static class ExportCommand
{
    private const string NoFeedback = "--Feedback:Enabled=false";

    /// <summary>
    /// The settings for the web host: the site runs as Production, what the public sees, unless told otherwise.
    /// The feedback question is left out: a static host has nothing to post it to.
    /// </summary>
    public static string[] HostSettings(string[] settings) =>
        settings.Any(a => a.StartsWith("--environment", StringComparison.OrdinalIgnoreCase))
            ? [.. settings, NoFeedback]
            : [.. settings, "--environment=Production", NoFeedback];

    /// <summary>Exports the built site into the folder named on the command line. Returns the exit code.</summary>
    public static Task<int> RunAsync(WebApplication app, IReadOnlyList<string> arguments) => ExportAsync(app, arguments[0]);

    private static async Task<int> ExportAsync(WebApplication app, string folder)
    {
        folder = UserFolder.Resolve(folder);
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            await Console.Error.WriteLineAsync($"export: {folder} is not empty. Export into a new or empty folder, so no old page is left behind.");
            return 2;
        }

        app.Urls.Clear();
        app.Urls.Add("http://127.0.0.1:0");
        await app.StartAsync();
        try
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            // Redirects are not followed: a link to an old address is written as a link to the page it moved to.
            using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(address) };
            var site = app.Services.GetRequiredService<IOptions<SiteOptions>>().Value;
            var pages = app.Services.GetRequiredService<ContentStore>().Current.EveryPage.Select(t => t.Path).ToList();
            var result = await new SiteExporter(client, site.BaseUrl).ExportAsync(pages, folder, CancellationToken.None);

            var pageCount = result.Files.Count(f => f.File.EndsWith("index.html", StringComparison.Ordinal));
            Console.WriteLine($"export: {Counted.Of(result.Files.Count, "file")} ({Counted.Of(pageCount, "page")}) written to {folder} for {site.BaseUrl} ({app.Environment.EnvironmentName})");
            if (result.NeedTheApp.Count > 0)
            {
                Console.WriteLine($"export: these need the app, so the export links to them at {site.BaseUrl}: {string.Join(", ", result.NeedTheApp)}");
            }
            if (result.NotFound.Count > 0)
            {
                Console.WriteLine($"export: warning: linked but not found (404 on the live site too): {string.Join(", ", result.NotFound)}");
            }
            if (Uri.TryCreate(site.BaseUrl, UriKind.Absolute, out var baseUrl) && baseUrl.IsLoopback)
            {
                Console.WriteLine("export: warning: Site:BaseUrl is a local address; canonical links and the sitemap will point there. Pass --Site:BaseUrl=https://your.domain");
            }
            return 0;
        }
        catch (Exception e) when (e is InvalidOperationException or HttpRequestException or IOException)
        {
            await Console.Error.WriteLineAsync($"export: {e.Message}");
            return 1;
        }
        finally
        {
            await app.StopAsync();
        }
    }
}
