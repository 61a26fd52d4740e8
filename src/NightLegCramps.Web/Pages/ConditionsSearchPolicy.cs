using Microsoft.AspNetCore.OutputCaching;
using NightLegCramps.Web.Site;

namespace NightLegCramps.Web.Pages;

/// <summary>
/// Part of the <see cref="Caching.CachePolicies.Topic"/> policy: the filter <c>?q=</c> changes only the page that holds
/// the conditions list, so on any other topic page it is dropped from the key; <c>/relief?q=…</c> is <c>/relief</c>.
/// </summary>
internal sealed class ConditionsSearchPolicy : IOutputCachePolicy
{
    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        if (http.Content().FindByPath(http.Request.Path.Value ?? "")?.Conditions is null)
        {
            context.CacheVaryByRules.QueryKeys = default;
        }
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
}
