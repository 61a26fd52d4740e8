using NightLegCramps.Content.Loading;

namespace NightLegCramps.Web.Redirects;

/// <summary>
/// Old addresses keep working: a path listed in a page's <c>aliases</c> answers 301 to the page's current address.
/// The query string is kept, so an old link with <c>?q=</c> still filters the conditions list.
/// </summary>
public static class AliasRedirects
{
    public static WebApplication UseAliasRedirects(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if ((HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
                && request.Path.Value is { Length: > 1 } path
                && context.RequestServices.GetRequiredService<ContentStore>().Current.FindByAlias(path) is { } topic
                && !string.Equals(topic.Path, path.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)) // an alias naming the page itself must not loop
            {
                // Relative Location: the browser stays on whichever host it used; no Host header is trusted.
                context.Response.Redirect(topic.Path + request.QueryString.Value, permanent: true);
                return;
            }
            await next(context);
        });
        return app;
    }
}
