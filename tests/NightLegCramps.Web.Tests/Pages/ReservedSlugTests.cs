using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;
using NightLegCramps.Content.Topics;
using NightLegCramps.Web.Benchmark;

namespace NightLegCramps.Web.Tests.Pages;

/// <summary>
/// No page can take an address the site itself serves: the first part of every address the app maps is in
/// <see cref="Topic.ReservedSlugs"/>, which the content checks refuse as a slug or an old address.
/// </summary>
public sealed class ReservedSlugTests
{
    [Fact]
    public void Every_address_the_site_maps_is_reserved_from_pages()
    {
        // Development maps the most: the editor page exists only there.
        using var factory = new SiteFactory(SiteFactory.FixtureContent, "Development");
        using var client = factory.CreateClient(); // builds the app, so its endpoints exist
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

        var mapped = endpoints.Select(FirstPart).OfType<string>()
            .Append(BenchmarkExtensions.StaticPath.TrimStart('/')) // static files middleware, not an endpoint
            .Distinct(StringComparer.Ordinal)
            .ToList();

        Assert.Contains("api", mapped); // the walk found the app's endpoints
        Assert.Contains("favicon.svg", mapped);
        var unreserved = mapped.Where(part => !Topic.ReservedSlugs.Contains(part)).ToList();
        Assert.True(unreserved.Count == 0, $"the site serves addresses a page could take: {string.Join(", ", unreserved)}. Add them to Topic.ReservedSlugs.");
    }

    /// <summary>
    /// The first segment of the endpoint's address in lower case (routing ignores case), or null when it is
    /// a parameter (the topic pages themselves, the home page) or a copy of a static file the pages link to
    /// by themselves (fingerprinted or precompressed).
    /// </summary>
    private static string? FirstPart(RouteEndpoint endpoint)
    {
        var asset = endpoint.Metadata.GetMetadata<StaticAssetDescriptor>();
        if (asset is not null && (asset.Properties.Any(p => p.Name == "fingerprint") || asset.Route.EndsWith(".gz", StringComparison.Ordinal) || asset.Route.EndsWith(".br", StringComparison.Ordinal)))
        {
            return null;
        }
        var segments = endpoint.RoutePattern.PathSegments;
        if (segments.Count == 0 || segments[0].Parts is not [RoutePatternLiteralPart literal]) return null;
        return literal.Content.ToLowerInvariant();
    }
}
