using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;
using NightLegCramps.Web.Caching;

namespace NightLegCramps.Web.Connect;

/// <summary>
/// What a cached <c>/connect</c> answer is keyed by: the Infobutton keys the request reads, and, when it names no
/// <c>knowledgeResponseType</c>, whether it came from a browser (a page) or a program (Atom). Without the second part,
/// whichever came first would be handed to the other.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ConnectCacheKeyAttribute : Attribute, IChangesWithQuery, IOutputCachePolicy
{
    public IEnumerable<string> KeysThatMatter(HttpContext http) => ConnectRequest.Parameters;

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        context.CacheVaryByRules.VaryByValues["connect-reader"] = request.Query.ContainsKey(ConnectRequest.ResponseTypeParameter)
            ? "asked"
            : ConnectRequest.IsBrowser(request.Headers[HeaderNames.Accept]) ? "browser" : "program";
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
}
