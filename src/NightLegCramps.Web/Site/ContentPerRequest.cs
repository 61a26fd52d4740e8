using NightLegCramps.Content.Loading;
using NightLegCramps.Content.Topics;

namespace NightLegCramps.Web.Site;

/// <summary>
/// One content snapshot per request. <see cref="UseContentPerRequest"/> pins the snapshot current when the request
/// arrives, and every part of the request (redirects, the page cache's key, the page, its layout) gets that same one.
/// So a reload while a page is being made cannot give it the title of one version and the contents list of the next,
/// nor store a page of the new content under the old version's key.
/// </summary>
internal static class ContentPerRequest
{
    public static WebApplicationBuilder AddContentPerRequest(this WebApplicationBuilder builder)
    {
        builder.Services.AddHttpContextAccessor();
        // Page models and endpoints take SiteContent as a service: the request's pinned snapshot. Outside a request
        // (the export, check-content, a test's own scope) a scope gets the snapshot current when it first asks.
        builder.Services.AddScoped(services =>
            services.GetRequiredService<IHttpContextAccessor>().HttpContext?.Features.Get<SiteContent>()
            ?? services.GetRequiredService<ContentStore>().Current);
        return builder;
    }

    /// <summary>
    /// Pins the snapshot on the request as a feature, before anything reads it. Kept out of the request's DI scope on
    /// purpose: a cached page never needs a scope, and creating, locking and disposing one for every request was a
    /// tenth of a cache hit's time (docs/performance.md).
    /// </summary>
    public static WebApplication UseContentPerRequest(this WebApplication app)
    {
        var store = app.Services.GetRequiredService<ContentStore>();
        app.Use((http, next) =>
        {
            http.Features.Set(store.Current);
            return next(http);
        });
        return app;
    }

    /// <summary>The request's snapshot, for middleware and cache policies (page models and endpoints take <see cref="SiteContent"/> as a service).</summary>
    public static SiteContent Content(this HttpContext http)
    {
        if (http.Features.Get<SiteContent>() is { } pinned)
        {
            return pinned;
        }
        // A request that did not pass UseContentPerRequest (a bare HttpContext in a test): pin the scope's snapshot.
        var content = http.RequestServices.GetRequiredService<SiteContent>();
        http.Features.Set(content);
        return content;
    }
}
