using System.Net;

namespace NightLegCramps.Web.Tests.Security;

/// <summary>Every kind of response carries the security headers: pages, 404s, static files and health checks.</summary>
public sealed class SecurityHeadersTests(SharedSite site)
{
    private const string Csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/relief", HttpStatusCode.OK)]
    [InlineData("/no-such-page", HttpStatusCode.NotFound)]
    [InlineData("/favicon.svg", HttpStatusCode.OK)]
    [InlineData("/css/site.css", HttpStatusCode.OK)]
    [InlineData("/api/topics", HttpStatusCode.OK)]
    [InlineData("/healthz", HttpStatusCode.OK)]
    public async Task Are_on_every_response(string path, HttpStatusCode status)
    {
        using var response = await site.CreatePlainClient().GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(Csp, Header(response, "Content-Security-Policy"));
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Equal("same-origin", Header(response, "Cross-Origin-Opener-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        var permissions = Header(response, "Permissions-Policy");
        foreach (var feature in new[] { "camera=()", "microphone=()", "geolocation=()", "payment=()" })
        {
            Assert.Contains(feature, permissions, StringComparison.Ordinal);
        }
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "HSTS must never be sent over plain HTTP");
    }

    [Fact]
    public async Task The_policy_sent_allows_no_inline_script_or_style_on_any_kind_of_response()
    {
        var client = site.CreatePlainClient();
        var sent = new List<string>();
        foreach (var path in new[] { "/relief", "/no-such-page", "/css/site.css", "/api/topics", "/healthz" })
        {
            using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
            sent.Add(Header(response, "Content-Security-Policy"));
        }

        var policy = Assert.Single(sent.Distinct());
        var directives = policy.Split(';', StringSplitOptions.TrimEntries);
        Assert.Contains("script-src 'self'", directives);
        Assert.Contains("style-src 'self'", directives);
        Assert.DoesNotContain("unsafe", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Over_https_add_hsts_and_upgrade_insecure_requests()
    {
        var client = site.CreatePlainClient();
        client.BaseAddress = new Uri("https://nightlegcramps.example.org/");

        using var response = await client.GetAsync("/relief", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("max-age=31536000", Header(response, "Strict-Transport-Security"));
        Assert.Equal(Csp + "; upgrade-insecure-requests", Header(response, "Content-Security-Policy"));
    }

    [Fact]
    public async Task Hsts_can_be_left_to_a_proxy()
    {
        using var factory = new SiteFactory(SiteFactory.FixtureContent, settings: new Dictionary<string, string?> { ["Security:Hsts"] = "false" });
        var client = factory.CreatePlainClient();
        client.BaseAddress = new Uri("https://nightlegcramps.example.org/");

        using var response = await client.GetAsync("/relief", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Theory]
    [InlineData("true", HttpStatusCode.TemporaryRedirect)]
    [InlineData("false", HttpStatusCode.OK)]
    public async Task Plain_http_is_redirected_once_an_https_port_is_known(string redirect, HttpStatusCode expected)
    {
        using var factory = new SiteFactory(SiteFactory.FixtureContent, settings: new Dictionary<string, string?>
        {
            ["HTTPS_PORT"] = "443",
            ["Security:HttpsRedirection"] = redirect,
        });

        using var response = await factory.CreatePlainClient().GetAsync("/relief", TestContext.Current.CancellationToken);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.TemporaryRedirect)
        {
            Assert.Equal("https://localhost/relief", response.Headers.Location?.ToString());
        }
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : $"(no {name} header)";
}
