using Microsoft.AspNetCore.OutputCaching;

namespace NightLegCramps.Web.Caching;

public static class CachingExtensions
{
    /// <summary>Pages are rendered once per content version and kept in memory until an edit.</summary>
    public static WebApplicationBuilder AddPageCaching(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<PageCacheSettings>()
            .Bind(builder.Configuration.GetSection(PageCacheSettings.SectionName))
            .Validate(s => s.ServerCacheMinutes > 0 && s.MaxAgeSeconds >= 0 && s.StaleWhileRevalidateSeconds >= 0 && s.ApiMaxAgeSeconds >= 0,
                "PageCache:ServerCacheMinutes must be at least 1, and PageCache:MaxAgeSeconds, StaleWhileRevalidateSeconds and ApiMaxAgeSeconds 0 or more")
            .ValidateOnStart();
        builder.Services.AddSingleton<PageCachePolicy>();
        builder.Services.AddOutputCache();
        builder.Services.AddOptions<OutputCacheOptions>()
            .Configure<PageCachePolicy>((options, policy) => options.AddBasePolicy(policy));
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
