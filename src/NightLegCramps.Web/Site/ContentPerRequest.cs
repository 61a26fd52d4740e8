using NightLegCramps.Content.Loading;
using NightLegCramps.Content.Topics;

namespace NightLegCramps.Web.Site;

/// <summary>
/// One content snapshot per request. The first part of a request that asks for <see cref="SiteContent"/> (the page
/// cache's key, as a rule) pins the snapshot current at that moment, and every later part (redirects, the page, its
/// layout) gets that same one. So a reload while a page is being made cannot give it the title of one version and
/// the contents list of the next, nor store a page of the new content under the old version's key.
/// </summary>
internal static class ContentPerRequest
{
    public static WebApplicationBuilder AddContentPerRequest(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped(services => services.GetRequiredService<ContentStore>().Current);
        return builder;
    }

    /// <summary>The request's snapshot, for middleware and cache policies (page models and endpoints take <see cref="SiteContent"/> as a service).</summary>
    public static SiteContent Content(this HttpContext http)
    {
        // Kept on the request once asked for: the redirects, the cache key and its policies all ask on every request,
        // also for a cached page, and a scoped service costs a dictionary lookup under a lock each time.
        if (http.Features.Get<SiteContent>() is { } pinned)
        {
            return pinned;
        }
        var content = http.RequestServices.GetRequiredService<SiteContent>();
        http.Features.Set(content);
        return content;
    }
}
