using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;

namespace NightLegCramps.Web.Tests.Logging;

/// <summary>What an operator reads in the log: one line per request, with its method, path, status and time.</summary>
public sealed partial class RequestLogTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static List<LogEntry> RequestLines(SiteFactory site) =>
        site.Logs.Entries.Where(e => e.Message.StartsWith("HTTP ", StringComparison.Ordinal)).ToList();

    [Fact]
    public async Task A_hundred_page_requests_give_a_hundred_request_lines()
    {
        await using var site = new SiteFactory();
        var client = site.CreatePlainClient();
        // Rendered, cached, redirected, not found, filtered: every kind of page answer counts once.
        string[] paths = ["/", "/relief", "/relief", "/Prevention", "/no-such-page", "/conditions?q=kidney", "/handout?topics=relief", "/api/topics", "/sitemap.xml", "/for-clinicians"];

        for (var i = 0; i < 100; i++)
        {
            using var response = await client.GetAsync(paths[i % paths.Length], Cancel);
        }

        var lines = RequestLines(site);
        Assert.Equal(100, lines.Count);
        Assert.All(lines, line => Assert.Matches(RequestLine(), line.Message));
        Assert.Equal(10, lines.Count(l => l.Message.StartsWith("HTTP GET /no-such-page responded 404 in ", StringComparison.Ordinal)));
        Assert.Equal(10, lines.Count(l => l.Message.StartsWith("HTTP GET /Prevention responded 301 in ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_request_line_leaves_out_what_a_reader_searched_for()
    {
        await using var site = new SiteFactory();
        var client = site.CreatePlainClient();

        using var response = await client.GetAsync("/conditions?q=private-words", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var line = Assert.Single(RequestLines(site));
        Assert.StartsWith("HTTP GET /conditions responded 200 in ", line.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(site.Logs.Entries, e => e.Message.Contains("private-words", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    [InlineData("/favicon.svg")]
    [InlineData("/css/site.css")]
    public async Task Health_probes_and_static_files_are_not_logged_at_information(string path)
    {
        await using var site = new SiteFactory();
        var client = site.CreatePlainClient();

        using var response = await client.GetAsync(path, Cancel);
        using var page = await client.GetAsync("/relief", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The page is logged, so the log works; the probe or file is not, at the level operators read.
        var line = Assert.Single(RequestLines(site));
        Assert.StartsWith("HTTP GET /relief ", line.Message, StringComparison.Ordinal);
        Assert.Equal(LogLevel.Information, line.Level);
    }

    [Fact]
    public async Task The_benchmark_static_file_is_not_logged_at_information()
    {
        using var folder = new TempFolder();
        folder.Write("page.html", "<p>the same bytes as a page</p>");
        await using var site = new SiteFactory(SiteFactory.FixtureContent, settings: new Dictionary<string, string?> { ["Benchmark:StaticFolder"] = folder.Path });
        var client = site.CreatePlainClient();

        using var file = await client.GetAsync("/bench-static/page.html", Cancel);
        using var page = await client.GetAsync("/relief", Cancel);

        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        var line = Assert.Single(RequestLines(site));
        Assert.StartsWith("HTTP GET /relief ", line.Message, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^HTTP GET /[^ ?]* responded \d{3} in \d+(\.\d+)? ms$")]
    private static partial Regex RequestLine();
}
