using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using NightLegCramps.Content.Checking;
using NightLegCramps.Content.Loading;
using NightLegCramps.Web.Benchmark;

namespace NightLegCramps.Web.Tests.Pages;

/// <summary>
/// No page can take an address the site serves itself. The site works the addresses out from what it maps (its
/// endpoints and wwwroot), not from a list kept by hand, and the content checks refuse them as slugs.
/// </summary>
public sealed class ReservedAddressTests
{
    private static string PageWithSlug(string slug) =>
        $"---\ntitle: A page\nsummary: A page that wants an address the site uses.\nslug: {slug}\norder: 60\nlastReviewed: 2026-01-01\nnextReview: 2099-01-01\n---\n\nSome text.\n\n:::notice\nGeneral information.\n:::\n";

    /// <summary>The literal first segment of every endpoint the app maps, in lower case (routing ignores case).</summary>
    private static List<string> MappedFirstParts(SiteFactory site) =>
        site.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.PathSegments is [{ Parts: [RoutePatternLiteralPart literal] }, ..] ? literal.Content.ToLowerInvariant() : null)
            .OfType<string>().Distinct(StringComparer.Ordinal).ToList();

    [Fact]
    public void Every_address_the_site_maps_is_reserved_from_pages()
    {
        using var site = new SiteFactory(SiteFactory.FixtureContent, "Development");
        using var client = site.CreateClient(); // builds the app, so its endpoints exist
        var reserved = site.Services.GetRequiredService<ReservedAddresses>();
        var mapped = MappedFirstParts(site);

        Assert.Contains("api", mapped); // the walk found the app's endpoints
        Assert.Contains("cds-services", mapped);
        Assert.All(mapped, part => Assert.True(reserved.Contains(part), $"the site serves /{part} but a page could take it"));
        // Static files in wwwroot, served by the app itself.
        Assert.All(["css", "js", "favicon.svg", "sw.js", "manifest.webmanifest"], part => Assert.True(reserved.Contains(part), part));
        // A page's own slug is not taken from it.
        Assert.False(reserved.Contains("relief"));
    }

    [Fact]
    public async Task A_page_whose_slug_is_an_endpoint_of_the_site_is_refused_with_a_finding_naming_its_file()
    {
        using var content = new TempContent();
        // Each first segment the app maps as an endpoint (not a file name), as a page of its own.
        using (var probe = new SiteFactory(content.Folder))
        {
            using var _ = probe.CreateClient();
            foreach (var slug in MappedFirstParts(probe).Where(p => !p.Contains('.', StringComparison.Ordinal) && p != "es"))
            {
                content.Write(slug + ".md", PageWithSlug(slug));
            }
        }
        var written = Directory.GetFiles(content.Folder, "*.md").Select(Path.GetFileNameWithoutExtension).Where(n => !File.Exists(Path.Combine(SiteFactory.FixtureContent, n + ".md"))).ToList();
        Assert.Contains("feedback", written);
        Assert.Contains("healthz", written);

        using var site = new SiteFactory(content.Folder);
        using var client = site.CreatePlainClient();
        var files = site.Services.GetRequiredService<ContentStore>().Current.Files;

        foreach (var slug in written)
        {
            var finding = Assert.Single(files.Single(f => f.File == slug + ".md").Findings, f => f.IsError);
            Assert.Equal($"{slug}.md:4: error: slug '{slug}' is an address the site itself uses; choose another.", finding.ToString()[..finding.ToString().IndexOf(" Reserved:", StringComparison.Ordinal)]);
        }
        // The site's own address still answers as before, and its page is not served anywhere.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz", TestContext.Current.CancellationToken)).StatusCode);
        Assert.DoesNotContain("A page that wants an address", await client.GetStringAsync("/api/topics", TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public void An_address_is_reserved_because_the_app_serves_it_and_only_then()
    {
        // The benchmark's static folder is served only when it is configured: only then may no page take its address.
        using var folder = new TempFolder();
        using var plain = new SiteFactory(SiteFactory.FixtureContent);
        using var benchmarked = new SiteFactory(SiteFactory.FixtureContent, settings: new Dictionary<string, string?> { ["Benchmark:StaticFolder"] = folder.Path });
        using var plainClient = plain.CreateClient();
        using var benchmarkedClient = benchmarked.CreateClient();
        var part = BenchmarkExtensions.StaticPath.TrimStart('/');

        Assert.False(plain.Services.GetRequiredService<ReservedAddresses>().Contains(part));
        Assert.True(benchmarked.Services.GetRequiredService<ReservedAddresses>().Contains(part));
    }

    [Fact]
    public async Task Check_content_refuses_a_slug_the_site_serves_as_a_user_runs_it()
    {
        using var content = new TempContent();
        content.Write("healthz.md", PageWithSlug("healthz"));

        var (exitCode, output, _) = await SiteProcess.RunSiteAsync(["check-content", content.Folder]);

        Assert.Equal(1, exitCode);
        Assert.Contains("healthz.md:4: error: slug 'healthz' is an address the site itself uses; choose another. Reserved: ", output, StringComparison.Ordinal);
        Assert.Contains("check-content: ", output, StringComparison.Ordinal);
    }
}
