using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Html.Dom;

namespace NightLegCramps.Web.Tests.Export;

/// <summary>
/// The export served as it is by real static servers the test starts: every link a reader can follow answers
/// 200, every canonical address reaches its page, and a missing page answers 404.
/// </summary>
public sealed partial class StaticHostTests(ExportedSite export) : IClassFixture<ExportedSite>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>nginx's default site as Debian ships it (/etc/nginx/sites-available/default), nothing added.</summary>
    private const string NginxDefaultSite = """
        server {
            listen {port} default_server;
            root {root};
            index index.html index.htm index.nginx-debian.html;
            server_name _;
            location / {
                try_files $uri $uri/ =404;
            }
        }
        """;

    [Fact]
    public async Task Under_python_http_server_every_link_answers_200_and_a_missing_page_404()
    {
        await using var server = await StaticServer.PythonAsync(export.Folder);

        await AssertEveryLinkAnswersAsync(server);
        await AssertCanonicalAddressesReachTheirPagesAsync(server);
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        using var missing = await client.GetAsync("/no-such-page", Cancel);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode); // python's own error page: it has no setting for a 404 page
    }

    [Fact]
    public async Task Under_nginx_with_its_default_site_every_link_answers_200_and_a_missing_page_404()
    {
        await using var server = await StaticServer.NginxAsync(export.Folder, NginxDefaultSite);

        await AssertEveryLinkAnswersAsync(server);
        await AssertCanonicalAddressesReachTheirPagesAsync(server);
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        using var missing = await client.GetAsync("/no-such-page", Cancel);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task The_nginx_settings_in_the_deploying_guide_serve_canonical_addresses_without_a_redirect_the_404_page_and_the_security_headers()
    {
        await using var server = await StaticServer.NginxAsync(export.Folder, DocumentedNginxServer());
        using var plain = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.BaseAddress };

        await AssertEveryLinkAnswersAsync(server);
        foreach (var path in await CanonicalPathsAsync())
        {
            using var page = await plain.GetAsync(path, Cancel);
            Assert.True(page.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)page.StatusCode}");
        }
        using var api = await plain.GetAsync("/api/topics", Cancel);
        Assert.Equal("application/json", api.Content.Headers.ContentType?.MediaType);

        using var missing = await plain.GetAsync("/no-such-page", Cancel);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(export.Folder, "404.html"), Cancel), await missing.Content.ReadAsStringAsync(Cancel));

        // The headers the app would have sent: the same strict policy, from the host now.
        using var live = await export.Site.CreateClient().GetAsync("/", Cancel);
        using var home = await plain.GetAsync("/", Cancel);
        foreach (var header in new[] { "Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy", "X-Frame-Options" })
        {
            Assert.Equal(string.Join(",", live.Headers.GetValues(header)), home.Headers.TryGetValues(header, out var sent) ? string.Join(",", sent) : $"(no {header})");
        }
    }

    /// <summary>
    /// From the home page and every page in the sitemap (as the export's folder address), follow every link,
    /// stylesheet, script and form a page has, without redirects: each answers 200.
    /// </summary>
    private async Task AssertEveryLinkAnswersAsync(StaticServer server)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.BaseAddress };
        var starts = (await CanonicalPathsAsync()).Select(p => p.EndsWith('/') ? p : p + "/").Prepend("/").Distinct().ToList();
        var seen = new HashSet<string>(starts, StringComparer.Ordinal);
        var queue = new Queue<(string Path, string From)>(starts.Select(s => (s, "(start)")));
        while (queue.TryDequeue(out var next))
        {
            using var response = await client.GetAsync(next.Path, Cancel);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{next.Path} (linked from {next.From}) answered {(int)response.StatusCode} under {server.BaseAddress}");
            if (response.Content.Headers.ContentType?.MediaType != "text/html") continue;
            var page = Html.Parse(await response.Content.ReadAsStringAsync(Cancel));
            foreach (var link in SiteLinks(page).Where(seen.Add)) queue.Enqueue((link, next.Path));
        }
        // Every exported page was reached.
        var pages = Directory.GetFiles(export.Folder, "index.html", SearchOption.AllDirectories).Length;
        Assert.Equal(pages, seen.Count(p => p.EndsWith('/')));
    }

    /// <summary>Every address in the sitemap reaches (through a host's directory redirect at most) the page whose canonical link it is.</summary>
    private async Task AssertCanonicalAddressesReachTheirPagesAsync(StaticServer server)
    {
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        foreach (var path in await CanonicalPathsAsync())
        {
            var page = Html.Parse(await client.GetStringAsync(path, Cancel));
            Assert.Equal("https://nightlegcramps.example.org" + path, page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        }
    }

    private async Task<IReadOnlyList<string>> CanonicalPathsAsync()
    {
        var sitemap = XDocument.Parse(await File.ReadAllTextAsync(Path.Combine(export.Folder, "sitemap.xml"), Cancel));
        // The sitemap describes the site at Site:BaseUrl, so it also lists parts that need the app there.
        var paths = sitemap.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => new Uri(e.Value).AbsolutePath)
            .Where(p => !export.Result.NeedTheApp.Contains(p)).ToList();
        Assert.NotEmpty(paths);
        return paths;
    }

    private static IEnumerable<string> SiteLinks(IHtmlDocument page) =>
        page.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href")!)
            .Concat(page.QuerySelectorAll("script[src], img[src]").Select(e => e.GetAttribute("src")!))
            .Concat(page.QuerySelectorAll("form[action]").Select(e => e.GetAttribute("action")!))
            .Where(href => href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal))
            .Select(href => href.Split('#')[0]);

    /// <summary>The nginx server block docs/deploying.md gives, with its listen and root lines pointed at this test's port and folder.</summary>
    private static string DocumentedNginxServer()
    {
        var guide = File.ReadAllText(Path.Combine(SiteProcess.Repository, "docs", "deploying.md"));
        var block = NginxBlock().Matches(guide).Select(m => m.Groups["config"].Value).FirstOrDefault(b => b.Contains("error_page 404", StringComparison.Ordinal));
        Assert.True(block is not null, "docs/deploying.md has no ```nginx block with error_page 404");
        block = Regex.Replace(block, @"listen\s+[^;]+;", "listen {port};");
        return Regex.Replace(block, @"root\s+[^;]+;", "root {root};");
    }

    [GeneratedRegex(@"```nginx\n(?<config>.*?)```", RegexOptions.Singleline)]
    private static partial Regex NginxBlock();
}
