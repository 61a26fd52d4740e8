namespace NightLegCramps.Web.Security;

/// <summary>
/// The headers every response carries: pages, 404s, static files, health checks and error pages.
/// See docs/security.md for what each one does.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    /// <summary>
    /// Scripts and styles only from files on this site: no inline script, no inline style, no eval.
    /// JSON-LD (<c>&lt;script type="application/ld+json"&gt;</c>) is data, not script, so CSP lets it be.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
        + "base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    /// <summary>Features a page of text never needs, switched off so no script could ask for them.</summary>
    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    public Task InvokeAsync(HttpContext context)
    {
        // Set just before the headers go out: the exception handler clears headers set earlier. A static callback
        // with the context as its state: no closure to allocate for every request.
        context.Response.OnStarting(static state =>
        {
            var context = (HttpContext)state;
            var headers = context.Response.Headers;
            // Over HTTPS, any stray http:// address is fetched over HTTPS instead of being blocked as mixed content.
            headers.TryAdd("Content-Security-Policy", context.Request.IsHttps
                ? ContentSecurityPolicy + "; upgrade-insecure-requests"
                : ContentSecurityPolicy);
            headers.TryAdd("X-Content-Type-Options", "nosniff");
            // A health site's address says something about the reader: send no referrer to other sites at all.
            headers.TryAdd("Referrer-Policy", "no-referrer");
            headers.TryAdd("Permissions-Policy", PermissionsPolicy);
            headers.TryAdd("Cross-Origin-Opener-Policy", "same-origin");
            headers.TryAdd("Cross-Origin-Resource-Policy", "same-origin");
            headers.TryAdd("X-Frame-Options", "DENY"); // frame-ancestors for browsers that predate it
            return Task.CompletedTask;
        }, context);
        return next(context);
    }
}
