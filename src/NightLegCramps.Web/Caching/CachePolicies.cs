using Microsoft.AspNetCore.OutputCaching;
using NightLegCramps.Web.Api;
using NightLegCramps.Web.Connect;
using NightLegCramps.Web.Handout;
using NightLegCramps.Web.Pages;

namespace NightLegCramps.Web.Caching;

/// <summary>
/// The named output-cache policies: the one place that says which answers the server keeps and which query keys make
/// one answer differ from another. An endpoint opts in by name (<c>[OutputCache(PolicyName = CachePolicies.Page)]</c>
/// on a page model, <c>.CacheOutput(CachePolicies.Data)</c> or <c>.CachedAsData()</c> on a mapped endpoint); anything
/// else (health checks, posts, the editor page, errors) is never kept. Any query key a policy does not name is ignored,
/// so <c>/relief?x=1</c> is served from <c>/relief</c>'s entry. Every policy starts from <see cref="ContentResponsePolicy"/>
/// and ends with <see cref="RareVariationPolicy"/>.
/// </summary>
internal static class CachePolicies
{
    /// <summary>A page no query changes: home, for clinicians.</summary>
    public const string Page = "page";

    /// <summary>A topic page: <c>?q=</c> filters the conditions list, on the page that has one and no other.</summary>
    public const string Topic = "topic";

    /// <summary>The handout: <c>?topics=</c> and <c>?notes=</c>.</summary>
    public const string Handout = "handout";

    /// <summary>Answers for other systems that no query changes: the sitemap, robots.txt.</summary>
    public const string Data = "data";

    /// <summary>The content API: <c>?lang=</c>.</summary>
    public const string Api = "api";

    /// <summary><c>/connect</c>: the Infobutton keys it reads, and whether a browser or a program asked (a page or a feed).</summary>
    public const string Connect = "connect";

    public static void AddSitePolicies(this OutputCacheOptions options)
    {
        options.AddContentPolicy(Page, policy => policy);
        options.AddContentPolicy(Topic, policy => policy.SetVaryByQuery(ConditionList.QueryParameter).AddPolicy<ConditionsSearchPolicy>());
        options.AddContentPolicy(Handout, policy => policy.SetVaryByQuery(HandoutRequest.TopicsParameter, HandoutRequest.NotesParameter));
        options.AddContentPolicy(Data, policy => policy);
        options.AddContentPolicy(Api, policy => policy.SetVaryByQuery(ContentApiEndpoints.LanguageParameter));
        options.AddContentPolicy(Connect, policy => policy
            .SetVaryByQuery([.. ConnectRequest.Parameters])
            .VaryByValue(http => new KeyValuePair<string, string>("connect-reader", ConnectCacheKey.ReaderOf(http.Request))));
    }

    /// <summary>True for a GET or HEAD of an endpoint that opted in: what the server keeps, and what gets ETags.</summary>
    public static bool OptsIn(HttpContext http) =>
        (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
        && http.GetEndpoint()?.Metadata is { } metadata
        && (metadata.GetMetadata<IOutputCachePolicy>() is not null || metadata.GetMetadata<OutputCacheAttribute>() is not null);

    private static void AddContentPolicy(this OutputCacheOptions options, string name, Func<OutputCachePolicyBuilder, OutputCachePolicyBuilder> vary) =>
        options.AddPolicy(name, policy => vary(policy.AddPolicy<ContentResponsePolicy>()).AddPolicy<RareVariationPolicy>(), excludeDefaultPolicy: true);
}
