using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using NightLegCramps.Web.Site;

namespace NightLegCramps.Web.Caching;

/// <summary>
/// What every named cache policy shares (<see cref="CachePolicies"/>): it replaces the framework's default policy,
/// which refuses any request with an <c>Authorization</c> header (this public site has no logins, so the header
/// changes nothing and must not buy a way round the cache) and varies by every query key (each policy names its own).
/// <list type="bullet">
/// <item>GET and HEAD only; only a 200 without cookies and without <c>no-store</c> or <c>private</c> is kept;</item>
/// <item>every entry is tagged <see cref="ContentTag"/>, evicted when the content reloads;</item>
/// <item>the key holds the request's content version (<see cref="ContentPerRequest"/>), so a page made from the old
/// content while an edit lands is never served after it;</item>
/// <item>the key holds the encoding the client will get, so compressed bytes are kept and not compressed again.</item>
/// </list>
/// </summary>
internal sealed class ContentResponsePolicy(IResponseCompressionProvider compression, IOptions<PageCacheSettings> settings)
    : IOutputCachePolicy
{
    public const string ContentTag = "content";

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var cacheable = HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method);
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

    private static bool SaysDoNotStore(StringValues cacheControl) =>
        cacheControl.Any(v => v is not null
            && (v.Contains("no-store", StringComparison.OrdinalIgnoreCase) || v.Contains("private", StringComparison.OrdinalIgnoreCase)));
}
