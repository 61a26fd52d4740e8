using NightLegCramps.Content.Topics;
using NightLegCramps.Web.Site;

namespace NightLegCramps.Web.Redirects;

/// <summary>
/// Every page has one address, and near misses answer 301 to it: <c>/relief/</c> and <c>/Relief</c> lead to
/// <c>/relief</c>, and an old address listed in a page's <c>aliases</c> leads to the page's current address.
/// A live page's own address is never redirected. The query string is kept, so an old link with <c>?q=</c>
/// still filters the conditions list.
/// </summary>
public static class PageAddressRedirects
{
    public static WebApplication UsePageAddressRedirects(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            var request = context.Request;
            if ((HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
                && request.Path.Value is { Length: > 1 } path
                && PageFor(path, context.Content()) is { } topic)
            {
                // Relative Location: the browser stays on whichever host it used; no Host header is trusted.
                context.Response.Redirect(topic.Path + request.QueryString.Value, permanent: true);
                return Task.CompletedTask;
            }
            return next(context); // not awaited: no state machine for every request
        });
        return app;
    }

    /// <summary>The page a near-miss or old address stands for; null for a live page's own address and for unknown ones.</summary>
    private static Topic? PageFor(string path, SiteContent content)
    {
        if (content.FindByPath(path) is not null)
        {
            return null;
        }
        // Slugs and language codes are lowercase (the front matter checks), so a mixed-case or slash-ended address
        // names at most one page: /Relief/ and /ES/Alivio lead to /relief and /es/alivio.
        var trimmed = path.TrimEnd('/');
        var target = (trimmed.Length > 0 ? content.FindByPath(trimmed.ToLowerInvariant()) : null) ?? content.FindByAlias(path);
        return target is not null && target.Path != path ? target : null; // an alias naming the page itself must not loop
    }
}
