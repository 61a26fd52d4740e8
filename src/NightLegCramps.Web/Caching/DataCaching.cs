using Microsoft.AspNetCore.OutputCaching;

namespace NightLegCramps.Web.Caching;

/// <summary>
/// Marks an endpoint that answers other systems rather than readers (the API, <c>/connect</c>, the sitemap,
/// robots.txt): it gets <see cref="PageCacheSettings.DataCacheControl"/> instead of the pages' Cache-Control.
/// </summary>
public sealed class DataResponse
{
    private DataResponse()
    {
    }

    public static DataResponse Metadata { get; } = new();
}

internal static class DataCaching
{
    /// <summary>Kept by the server under the named policy (<see cref="CachePolicies.Data"/> unless told), with the data Cache-Control.</summary>
    public static TBuilder CachedAsData<TBuilder>(this TBuilder builder, string policy = CachePolicies.Data)
        where TBuilder : IEndpointConventionBuilder => builder.CacheOutput(policy).WithMetadata(DataResponse.Metadata);
}
