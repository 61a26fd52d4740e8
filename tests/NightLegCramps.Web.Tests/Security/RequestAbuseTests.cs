using System.Net;

namespace NightLegCramps.Web.Tests.Security;

/// <summary>
/// Requests that try to leave the web root, or are too long, malformed or use odd methods, get a 4xx:
/// never a file from outside wwwroot, never a 5xx.
/// </summary>
public sealed class RequestAbuseTests(KestrelSite site) : IClassFixture<KestrelSite>
{
    /// <summary>Text that only appears in files a reader must never receive.</summary>
    private static readonly string[] Secrets = ["root:x:0:0", "\"Serilog\"", "MinimumLevel", "lastReviewed:", "<Project", "[fonts]"];

    public static TheoryData<string> EscapingPaths => new(
        "/../../../../etc/passwd",
        "/..%2f..%2f..%2f..%2fetc%2fpasswd",
        "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/%252e%252e/%252e%252e/etc/passwd",
        "/..\\..\\..\\etc\\passwd",
        "/%5c..%5c..%5cetc%5cpasswd",
        "/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd",
        "//etc/passwd",
        "/etc/passwd",
        "/C:/Windows/win.ini",
        "/relief%00",
        "/relief%00.md",
        "/%00",
        "/relief.md",
        "/content/relief.md",
        "/../content/relief.md",
        "/css/../../content/relief.md",
        "/css/..%2f..%2fappsettings.json",
        "/css/%2e%2e/%2e%2e/appsettings.json",
        "/favicon.svg/..%2f..%2fappsettings.json",
        "/appsettings.json",
        "/appsettings.Production.json",
        "/NightLegCramps.Web.dll",
        "/NightLegCramps.Web.csproj",
        "/wwwroot/css/site.css",
        "/.git/config",
        "/%2e%2e%2f%2e%2e%2fProgram.cs",
        "/relief/..%2f..%2f..%2fetc%2fpasswd");

    [Theory]
    [MemberData(nameof(EscapingPaths))]
    public async Task Paths_that_try_to_leave_the_web_root_get_404_or_400(string path)
    {
        var answer = await SendAsync($"GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        Assert.True(answer.Status is 400 or 404, $"{path} answered {answer.Status}");
        Assert.DoesNotContain(Secrets, s => answer.Text.Contains(s, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_absolute_form_target_does_not_reach_files_either()
    {
        var answer = await SendAsync("GET http://localhost/../../etc/passwd HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        Assert.True(answer.Status is 400 or 404, $"answered {answer.Status}");
        Assert.DoesNotContain("root:x:0:0", answer.Text, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> Malformed => new()
    {
        { "unknown method", "FOO /relief HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n" },
        { "TRACE", "TRACE /relief HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n" },
        { "POST to a page", "POST /relief HTTP/1.1\r\nHost: localhost\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabc" },
        { "OPTIONS", "OPTIONS / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n" },
        { "request line 10 KB", $"GET /{new string('a', 10_000)} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n" },
        { "query string 10 KB", $"GET /conditions?q={new string('a', 10_000)} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n" },
        { "one header of 40 KB", $"GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: {new string('b', 40_000)}\r\nConnection: close\r\n\r\n" },
        { "200 headers", "GET / HTTP/1.1\r\nHost: localhost\r\n" + string.Concat(Enumerable.Range(0, 200).Select(i => $"X-H{i}: v\r\n")) + "Connection: close\r\n\r\n" },
        { "header without a colon", "GET / HTTP/1.1\r\nHost: localhost\r\nThis is not a header\r\nConnection: close\r\n\r\n" },
        { "header name with a space", "GET / HTTP/1.1\r\nHost: localhost\r\nBad Name: x\r\nConnection: close\r\n\r\n" },
        { "NUL in a header value", "GET / HTTP/1.1\r\nHost: localhost\r\nX-A: a\0b\r\nConnection: close\r\n\r\n" },
        { "NUL in the path", "GET /rel\0ief HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n" },
        { "no Host header", "GET / HTTP/1.1\r\nConnection: close\r\n\r\n" },
        { "two Host headers", "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\nConnection: close\r\n\r\n" },
        { "Host with a path", "GET / HTTP/1.1\r\nHost: localhost/../etc\r\nConnection: close\r\n\r\n" },
        { "negative Content-Length", "GET / HTTP/1.1\r\nHost: localhost\r\nContent-Length: -1\r\nConnection: close\r\n\r\n" },
        { "Content-Length not a number", "GET / HTTP/1.1\r\nHost: localhost\r\nContent-Length: abc\r\nConnection: close\r\n\r\n" },
        { "broken chunked body", "POST / HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\nhello\r\n0\r\n\r\n" },
        { "body over the limit", $"POST /relief HTTP/1.1\r\nHost: localhost\r\nContent-Length: 200000\r\nConnection: close\r\n\r\n{new string('x', 200_000)}" },
        { "garbage request line", "GARBAGE\r\n\r\n" },
        { "method with odd characters", "G(T / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n" },
        { "space in the path", "GET /re lief HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n" },
        { "target without a slash", "GET relief HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task Malformed_or_oversized_requests_get_a_4xx(string name, string request)
    {
        var answer = await SendAsync(request);

        Assert.True(answer.Status is >= 400 and < 500, $"{name}: answered {answer.Status}\n{answer.Text[..Math.Min(300, answer.Text.Length)]}");
    }

    [Fact]
    public async Task Responses_name_no_server_and_carry_the_headers()
    {
        var answer = await SendAsync("GET /relief HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        Assert.Equal(200, answer.Status);
        Assert.False(answer.HasHeader("Server"), "Kestrel must not say who it is");
        Assert.True(answer.HasHeader("Content-Security-Policy"));
    }

    [Fact]
    public async Task A_long_query_within_the_limits_is_served()
    {
        using var response = await site.CreateClient().GetAsync("/conditions?q=" + new string('z', 6_000), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private Task<RawHttp.Answer> SendAsync(string request) => RawHttp.SendAsync(site.Port, request, TestContext.Current.CancellationToken);
}
