using NightLegCramps.Web.Site;

namespace NightLegCramps.Web.Feedback;

/// <summary>
/// Refuses answers posted from other sites. There is no per-visitor token (it would need a cookie or make every
/// page different), so the browser's own word is used: <c>Origin</c> must be the site's public address
/// (<c>Site:BaseUrl</c>); a browser that sends no Origin must say <c>Sec-Fetch-Site: same-origin</c>. A post
/// with neither is refused too: every browser this site supports sends one of them with a form.
/// </summary>
public static class FeedbackOrigin
{
    public static bool IsFromThisSite(HttpRequest request, SiteOptions site)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0)
        {
            return Uri.TryCreate(origin, UriKind.Absolute, out var from)
                && Uri.TryCreate(site.BaseUrl, UriKind.Absolute, out var ours)
                && string.Equals(from.Scheme, ours.Scheme, StringComparison.OrdinalIgnoreCase)
                && string.Equals(from.IdnHost, ours.IdnHost, StringComparison.OrdinalIgnoreCase)
                && from.Port == ours.Port;
        }
        return request.Headers["Sec-Fetch-Site"].ToString() == "same-origin";
    }
}
