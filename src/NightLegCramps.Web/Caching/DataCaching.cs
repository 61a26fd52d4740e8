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

public static class DataCaching
{
    public static TBuilder CachedAsData<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(DataResponse.Metadata);
}
