using Microsoft.Extensions.Options;
using NightLegCramps.Content.Loading;
using NightLegCramps.Web.Caching;
using NightLegCramps.Web.Security;
using NightLegCramps.Web.Site;

namespace NightLegCramps.Web.Api;

/// <summary>The read-only content API: <c>/api/topics</c> and <c>/api/conditions</c>, as JSON.</summary>
public static class ContentApiEndpoints
{
    public static WebApplication MapContentApi(this WebApplication app)
    {
        var api = app.MapGroup("/api").CachedAsData();
        api.MapRead("/topics", (ContentStore store, IOptions<SiteOptions> site) =>
            TypedResults.Ok(store.Current.AllPages.Select(t => TopicListing.From(t, site.Value)).ToList()));
        api.MapRead("/conditions", (ContentStore store, IOptions<SiteOptions> site) =>
        {
            // Categories come from the conditions page, so there are none without it.
            var categories = store.Current.ConditionsTopic is { Conditions: { } conditions } page
                ? conditions.Categories.Select(c => ConditionCategoryListing.From(page, c, site.Value)).ToList()
                : [];
            return TypedResults.Ok(new { categories });
        });
        return app;
    }
}
