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

    /// <summary>The Cache-Control header for pages and API responses that set none themselves.</summary>
    public string CacheControl => MaxAgeSeconds <= 0
        ? "no-cache"
        : $"public, max-age={MaxAgeSeconds}, stale-while-revalidate={Math.Max(0, StaleWhileRevalidateSeconds)}";
}
