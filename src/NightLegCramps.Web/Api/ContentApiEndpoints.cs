using Microsoft.Extensions.Options;
using NightLegCramps.Content.Loading;
using NightLegCramps.Web.Site;

namespace NightLegCramps.Web.Api;

/// <summary>The read-only content API: <c>/api/topics</c> and <c>/api/conditions</c>, as JSON.</summary>
public static class ContentApiEndpoints
{
    /// <summary>Short, so an edit shows within minutes, while repeated calls from one system are still spared.</summary>
    public const string CacheControl = "public, max-age=300";

    public static WebApplication MapContentApi(this WebApplication app)
    {
        var api = app.MapGroup("/api").AddEndpointFilter(async (context, next) =>
        {
            context.HttpContext.Response.Headers.CacheControl = CacheControl;
            return await next(context);
        });
        api.MapGet("/topics", (ContentStore store, IOptions<SiteOptions> site) =>
            TypedResults.Ok(store.Current.AllPages.Select(t => TopicListing.From(t, site.Value)).ToList()));
        api.MapGet("/conditions", (ContentStore store, IOptions<SiteOptions> site) =>
        {
            var content = store.Current;
            var page = content.ConditionsTopic?.Path ?? "/";
            var categories = content.ConditionCategories.Select(c =>
            {
                var url = site.Value.AbsoluteUrl(page + "#" + c.Anchor);
                return new ConditionCategoryListing(c.Name, c.Anchor, url, c.Description,
                    c.Conditions.Select(x => new ConditionListing(x.Name, x.PlainName, url)).ToList());
            }).ToList();
            return TypedResults.Ok(new { categories });
        });
        return app;
    }
}
