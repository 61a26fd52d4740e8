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
    public static SiteContent Content(this HttpContext http) => http.RequestServices.GetRequiredService<SiteContent>();
}
