using NightLegCramps.Web.Site;

namespace NightLegCramps.Web.Feedback;

/// <summary>
/// Refuses answers posted from other sites. There is no per-visitor token (it would need a cookie or make every
/// page different), so the browser's own word is used: <c>Origin</c> must be the site's public address
/// (<c>Site:BaseUrl</c>); a browser that sends no Origin, or <c>Origin: null</c>, must say
/// <c>Sec-Fetch-Site: same-origin</c>. The site's own pages cause the null: with <c>Referrer-Policy: no-referrer</c>
/// a browser sends <c>Origin: null</c> on a plain form post, while a page on another site posting here still gets
/// <c>Sec-Fetch-Site: cross-site</c>, which no page can change. A post with neither is refused too: every browser
/// this site supports sends one of them with a form.
/// </summary>
public static class FeedbackOrigin
{
    public static bool IsFromThisSite(HttpRequest request, SiteOptions site)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0 && origin != "null")
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
