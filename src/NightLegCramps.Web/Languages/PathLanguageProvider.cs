using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;
using NightLegCramps.Content.Languages;

namespace NightLegCramps.Web.Languages;

/// <summary>
/// The language of a request is the language of its address (<c>/es/...</c> is Spanish), never a cookie or the
/// Accept-Language header: one address always gives the same page, so pages stay cacheable and shareable.
/// An endpoint whose standard names the language in the query instead (<c>/connect</c>) says so with <see cref="LanguageFromQuery"/>.
/// </summary>
internal sealed class PathLanguageProvider(SiteLanguages languages) : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        // The error page is shown at /error, by the exception handler, which sits before this middleware: its language
        // is the language of the address that failed.
        var path = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path.Value ?? "/";
        var language = httpContext.GetEndpoint()?.Metadata.GetMetadata<LanguageFromQuery>()?.Of(httpContext)
            ?? languages.LanguageOfPath(path);
        return Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(language));
    }
}

/// <summary>Endpoint metadata: the language of this endpoint's answer comes from its query (a part of its address too).</summary>
public sealed class LanguageFromQuery(Func<HttpContext, string> language)
{
    public string Of(HttpContext http) => language(http);
}

/// <summary>Route constraint <c>{lang:sitelanguage}</c>: a configured language other than the default.</summary>
internal sealed class LanguageRouteConstraint(SiteLanguages languages) : IRouteConstraint
{
    public const string Name = "sitelanguage";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && value is string code && languages.IsOther(code);
}
