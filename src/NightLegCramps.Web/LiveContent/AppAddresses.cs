using System.Collections.Concurrent;
using Microsoft.AspNetCore.Routing.Patterns;

namespace NightLegCramps.Web.LiveContent;

/// <summary>
/// The first parts of the addresses this app serves itself, worked out from what it really serves: the literal
/// first segment of every endpoint it maps (pages such as <c>/editor</c>, <c>/api/...</c>, <c>/healthz</c>, POST
/// <c>/feedback</c>, the static assets) and the files and folders in <c>wwwroot</c>. The content checks get them,
/// so a page can never take an address the app answers itself, and a new endpoint needs no list kept by hand.
/// </summary>
/// <remarks>
/// The endpoints are the app's own (<see cref="IEndpointRouteBuilder.DataSources"/>), handed over by
/// <see cref="AppAddressesExtensions.KeepAppAddressesFromPages"/>: the router's copy is filled only when the server
/// builds its pipeline, after the content has loaded.
/// </remarks>
internal sealed class AppAddresses(IWebHostEnvironment environment)
{
    private readonly ConcurrentDictionary<string, bool> _servedByMiddleware = new(StringComparer.OrdinalIgnoreCase);
    private ICollection<EndpointDataSource>? _endpoints;

    /// <summary>The app's endpoints, a live collection: endpoints mapped after this call are included too.</summary>
    public void MappedBy(IEndpointRouteBuilder app) => _endpoints = app.DataSources;

    /// <summary>
    /// For middleware that answers an address without an endpoint (a static folder switched on by configuration):
    /// it names its address here when it is switched on, before the site starts.
    /// </summary>
    public void ServedByMiddleware(string path) => _servedByMiddleware.TryAdd(path.Trim('/').Split('/')[0], true);

    /// <summary>Read once the app is built and its endpoints are mapped (the content store loads when the site starts).</summary>
    public IEnumerable<string> FirstParts() =>
        (_endpoints ?? throw new InvalidOperationException("The app's endpoints were never handed to the content checks: call app.KeepAppAddressesFromPages()."))
            .SelectMany(source => source.Endpoints).OfType<RouteEndpoint>().Select(FirstLiteral).OfType<string>()
            .Concat(environment.WebRootFileProvider.GetDirectoryContents("").Select(f => f.Name))
            .Concat(_servedByMiddleware.Keys)
            .Select(p => p.ToLowerInvariant())
            .Distinct(StringComparer.Ordinal);

    /// <summary>The endpoint's first segment when it is plain text; null for a parameter (<c>/{slug}</c>) or the home page.</summary>
    private static string? FirstLiteral(RouteEndpoint endpoint) =>
        endpoint.RoutePattern.PathSegments is [{ Parts: [RoutePatternLiteralPart literal] }, ..] ? literal.Content : null;
}

internal static class AppAddressesExtensions
{
    /// <summary>Hands the app's endpoints to the content checks, so no page can take an address the app serves itself.</summary>
    public static WebApplication KeepAppAddressesFromPages(this WebApplication app)
    {
        app.Services.GetRequiredService<AppAddresses>().MappedBy(app);
        return app;
    }
}
