namespace NightLegCramps.Web.Site;

/// <summary>The site's own identity. <see cref="BaseUrl"/> is configured, never taken from a request's Host header.</summary>
public sealed class SiteOptions
{
    public const string SectionName = "Site";

    /// <summary>The public address, used for canonical links, Open Graph, the sitemap and QR codes.</summary>
    public string BaseUrl { get; set; } = "http://localhost:5000";

    public string Name { get; set; } = "Night leg cramps";

    /// <summary>The absolute address of a site path such as <c>/relief#what-to-try</c>.</summary>
    public string AbsoluteUrl(string path) => BaseUrl.TrimEnd('/') + (path.StartsWith('/') ? path : "/" + path);
}
