using Microsoft.AspNetCore.OutputCaching;

namespace NightLegCramps.Web.Caching;

internal static class CachingExtensions
{
    /// <summary>Pages are rendered once per content version and kept in memory until an edit.</summary>
    public static WebApplicationBuilder AddPageCaching(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<PageCacheSettings>()
            .Bind(builder.Configuration.GetSection(PageCacheSettings.SectionName))
            .Validate(s => s.ServerCacheMinutes > 0 && s.SizeLimitMegabytes > 0 && s.MaxAgeSeconds >= 0 && s.StaleWhileRevalidateSeconds >= 0 && s.ApiMaxAgeSeconds >= 0,
                "PageCache:ServerCacheMinutes and SizeLimitMegabytes must be at least 1, and PageCache:MaxAgeSeconds, StaleWhileRevalidateSeconds and ApiMaxAgeSeconds 0 or more")
            .ValidateOnStart();
        builder.Services.AddSingleton<ContentResponsePolicy>();
        builder.Services.AddSingleton<RareVariationPolicy>();
        builder.Services.AddSingleton<AskedBefore>();
        builder.Services.AddSingleton<Pages.ConditionsSearchPolicy>();
        builder.Services.AddSingleton<IOutputCacheStore, SizedOutputCacheStore>(); // before AddOutputCache, which keeps a store already added
        builder.Services.AddOutputCache(options =>
        {
            options.AddSitePolicies();
            options.MaximumBodySize = 1024 * 1024; // the largest page (a handout of every topic) is a tenth of this
        });
        builder.Services.AddHostedService<PageCacheEviction>();
        return builder;
    }

    /// <summary>
    /// The output cache, then the ETag and Cache-Control for what it stores. Put it before response
    /// compression, so the cache keeps the compressed bytes and a hit costs no compression.
    /// </summary>
    public static WebApplication UsePageCaching(this WebApplication app)
    {
        app.UseOutputCache();
        app.UseMiddleware<ETagMiddleware>();
        return app;
    }
}
