using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using NightLegCramps.Web.Site;

namespace NightLegCramps.Web.Caching;

/// <summary>
/// Which responses the server keeps, and under which key. Like the framework's default policy (GET and
/// HEAD, 200 only, no cookies, no Authorization) plus:
/// <list type="bullet">
/// <item>only the query keys the endpoint names (<see cref="IChangesWithQuery"/>) are part of the key, so
/// made-up query strings cannot fill the cache with copies of one page;</item>
/// <item>every entry is tagged <see cref="ContentTag"/>, evicted when the content reloads;</item>
/// <item>the key holds the content version, so a page rendered from the old content while an edit
/// lands can never be served after it;</item>
/// <item>the key holds the encoding the client will get, so compressed bytes are kept and not
/// compressed again on every request;</item>
/// <item>static assets are left to MapStaticAssets (precompressed, with their own ETags), and a
/// response that says <c>no-store</c> or <c>private</c> (health checks do) is never kept.</item>
/// </list>
/// </summary>
internal sealed class PageCachePolicy(IResponseCompressionProvider compression, IOptions<PageCacheSettings> settings)
    : IOutputCachePolicy
{
    public const string ContentTag = "content";

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var cacheable = IsCacheableRequest(http);
        context.EnableOutputCaching = cacheable;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true; // many requests for a page that is not cached yet render it once
        if (!cacheable)
        {
            return ValueTask.CompletedTask;
        }
        context.Tags.Add(ContentTag);
        context.ResponseExpirationTimeSpan = TimeSpan.FromMinutes(settings.Value.ServerCacheMinutes);
        context.CacheVaryByRules.QueryKeys = QueryKeysThatMatter(http);
        context.CacheVaryByRules.VaryByValues["content"] = http.Content().Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.CacheVaryByRules.VaryByValues["encoding"] = compression.GetCompressionProvider(http)?.EncodingName ?? "identity";
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK
            || !StringValues.IsNullOrEmpty(response.Headers.SetCookie)
            || SaysDoNotStore(response.Headers.CacheControl))
        {
            context.AllowCacheStorage = false;
        }
        return ValueTask.CompletedTask;
    }

    /// <summary>A request for a page or API address, as anyone would make it.</summary>
    public static bool IsCacheableRequest(HttpContext http)
    {
        var request = http.Request;
        return (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && StringValues.IsNullOrEmpty(request.Headers.Authorization)
            && http.GetEndpoint() is { } endpoint
            && endpoint.Metadata.GetMetadata<StaticAssetDescriptor>() is null;
    }

    private static StringValues QueryKeysThatMatter(HttpContext http) =>
        http.GetEndpoint()?.Metadata.GetMetadata<IChangesWithQuery>() is { } changes
            ? new StringValues(changes.KeysThatMatter(http).ToArray())
            : StringValues.Empty;

    private static bool SaysDoNotStore(StringValues cacheControl) =>
        cacheControl.Any(v => v is not null
            && (v.Contains("no-store", StringComparison.OrdinalIgnoreCase) || v.Contains("private", StringComparison.OrdinalIgnoreCase)));
}
