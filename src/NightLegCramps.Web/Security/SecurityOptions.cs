namespace NightLegCramps.Web.Security;

/// <summary>
/// HTTPS settings, bound from the "Security" section. Both apply outside Development only, and only
/// once the site knows it is served over HTTPS. When TLS ends at a proxy, either let the app see the
/// original scheme from that proxy only (Proxy:Enabled with Proxy:KnownProxies or Proxy:KnownNetworks)
/// or turn these off and let the proxy do them.
/// </summary>
public sealed class SecurityOptions
{
    public const string SectionName = "Security";

    /// <summary>Redirect plain HTTP requests to HTTPS (needs an HTTPS port: an https:// binding or HTTPS_PORT).</summary>
    public bool HttpsRedirection { get; set; } = true;

    /// <summary>Send Strict-Transport-Security on HTTPS responses, so browsers never use plain HTTP again.</summary>
    public bool Hsts { get; set; } = true;
}
