namespace NightLegCramps.Web.Caching;

/// <summary>How long browsers, CDNs and this server keep a page. Bound from the "PageCache" section.</summary>
public sealed class PageCacheSettings
{
    public const string SectionName = "PageCache";

    /// <summary>
    /// How long a browser or CDN may use a page without asking again. 0 sends <c>no-cache</c>, so every
    /// view revalidates with the ETag (Development uses that: an editor sees a save on the next reload).
    /// </summary>
    public int MaxAgeSeconds { get; set; } = 60;

    /// <summary>After max-age, how long a stale copy may still be shown while a fresh one is fetched in the background.</summary>
    public int StaleWhileRevalidateSeconds { get; set; } = 600;

    /// <summary>
    /// How long this server keeps a rendered page. Edits evict pages at once, so this only bounds
    /// memory and anything a page shows that depends on the date.
    /// </summary>
    public int ServerCacheMinutes { get; set; } = 10;

    /// <summary>
    /// The most memory the server's page cache may hold, counting each entry's bytes, its key and its bookkeeping
    /// (<see cref="SizedOutputCacheStore"/>). Every page in every encoding takes about 1 MB; the rest is for searches
    /// and handouts people ask for more than once.
    /// </summary>
    public int SizeLimitMegabytes { get; set; } = 16;

    /// <summary>
    /// How long a browser, CDN or other system may use an API, <c>/connect</c>, sitemap or robots.txt answer
    /// without asking again: short, so an edit shows within minutes while repeated calls are still spared.
    /// 0 sends <c>no-cache</c> (Development).
    /// </summary>
    public int ApiMaxAgeSeconds { get; set; } = 300;

    /// <summary>The Cache-Control header for pages.</summary>
    public string CacheControl => MaxAgeSeconds <= 0
        ? "no-cache"
        : $"public, max-age={MaxAgeSeconds}, stale-while-revalidate={Math.Max(0, StaleWhileRevalidateSeconds)}";

    /// <summary>The Cache-Control header for endpoints marked <see cref="DataResponse"/>.</summary>
    public string DataCacheControl => ApiMaxAgeSeconds <= 0 ? "no-cache" : $"public, max-age={ApiMaxAgeSeconds}";

    public string CacheControlFor(Endpoint? endpoint) =>
        endpoint?.Metadata.GetMetadata<DataResponse>() is null ? CacheControl : DataCacheControl;
}
