using Microsoft.AspNetCore.Routing;

namespace NightLegCramps.Web.Security;

/// <summary>
/// The site only publishes, so what does not say otherwise answers GET and HEAD alone; anything else gets 405.
/// Without this, a Razor page with only <c>OnGet</c> still runs for TRACE or FOO, with no handler and
/// no model, and fails with a 500. Endpoints that list their own methods (MapPost and the like) keep them.
/// </summary>
public sealed class ReadOnlyMethods(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var method = context.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method)
            || context.GetEndpoint()?.Metadata.GetMetadata<IHttpMethodMetadata>() is not null)
        {
            return next(context);
        }
        context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        context.Response.Headers.Allow = "GET, HEAD";
        return Task.CompletedTask;
    }
}
