namespace NightLegCramps.Web.Site;

/// <summary>The site's own identity. <see cref="BaseUrl"/> is configured, never taken from a request's Host header.</summary>
public sealed class SiteOptions
{
    public const string SectionName = "Site";

    /// <summary>How to set <see cref="BaseUrl"/>, said wherever it is missing or wrong.</summary>
    public const string BaseUrlHelp =
        "it must be the site's public address, an absolute http or https URL. Set it with the environment variable " +
        "Site__BaseUrl=https://nightlegcramps.example.org or the argument --Site:BaseUrl=https://nightlegcramps.example.org";

    /// <summary>
    /// The public address, used for canonical links, Open Graph, the sitemap and QR codes. No default: outside
    /// Development the site refuses to start without one (<see cref="SiteServiceExtensions.BaseUrlProblem"/>).
    /// </summary>
    public string BaseUrl { get; set; } = "";

    public string Name { get; set; } = "Night leg cramps";

    /// <summary>Who publishes the site, named on the "about this site" page.</summary>
    public string Publisher { get; set; } = "The Night leg cramps project";

    /// <summary>Where readers can write to the publisher; the "about" page shows it only when it is set.</summary>
    public string? ContactEmail { get; set; }

    /// <summary>The absolute address of a site path such as <c>/relief#what-to-try</c>.</summary>
    public string AbsoluteUrl(string path) => BaseUrl.TrimEnd('/') + (path.StartsWith('/') ? path : "/" + path);

    /// <summary>An absolute http or https address.</summary>
    public static bool IsPublicAddress(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}
