using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NightLegCramps.Web.Site;

namespace NightLegCramps.Web.Tests.Errors;

/// <summary>A fault while a page renders shows a friendly page with status 500 and no details.</summary>
public sealed class ErrorPageTests
{
    [Fact]
    public async Task A_fault_shows_the_friendly_page_without_details()
    {
        // The shared layout reads the site options; making them fail breaks every normal page.
        using var factory = new SiteFactory().WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.AddSingleton<IOptions<SiteOptions>>(new FaultyOptions())));
        var client = factory.CreateClient();

        using var response = await client.GetAsync("/relief", TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Sorry, something went wrong", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(FaultyOptions.Secret, html, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", html, StringComparison.Ordinal); // no stack trace
        Assert.True(response.Headers.Contains("Content-Security-Policy"), "the error page keeps the security headers");
        var document = Html.Parse(html);
        Assert.Empty(document.QuerySelectorAll("[style], style, script:not([src])"));
    }

    [Fact]
    public async Task A_fault_on_a_Spanish_page_shows_the_friendly_page_in_Spanish()
    {
        using var factory = new SiteFactory().WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.AddSingleton<IOptions<SiteOptions>>(new FaultyOptions())));

        using var response = await factory.CreateClient().GetAsync("/es/alivio", TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("<html lang=\"es\"", html, StringComparison.Ordinal);
        Assert.Contains("Lo sentimos, algo salió mal", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/es\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_error_address_on_its_own_is_just_not_found()
    {
        using var factory = new SiteFactory();

        using var response = await factory.CreateClient().GetAsync("/error", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private sealed class FaultyOptions : IOptions<SiteOptions>
    {
        public const string Secret = "connection string s3cr3t";

        public SiteOptions Value => throw new InvalidOperationException(Secret);
    }
}
