namespace NightLegCramps.Web.Caching;

public static class CachingExtensions
{
    /// <summary>Pages are rendered once per content version and kept in memory until an edit.</summary>
    public static WebApplicationBuilder AddPageCaching(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<PageCacheSettings>()
            .Bind(builder.Configuration.GetSection(PageCacheSettings.SectionName));
        builder.Services.AddSingleton<PageCachePolicy>();
        builder.Services.AddOutputCache();
        builder.Services.AddOptions<Microsoft.AspNetCore.OutputCaching.OutputCacheOptions>()
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
