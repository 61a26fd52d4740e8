namespace NightLegCramps.Web.Proxy;

/// <summary>
/// Running behind a reverse proxy or CDN that ends TLS. Bound from the "Proxy" section. Off by default:
/// forwarded headers are only believed from proxies the operator names, or anyone could claim any address.
/// </summary>
public sealed class ProxySettings
{
    public const string SectionName = "Proxy";

    /// <summary>Read X-Forwarded-For and X-Forwarded-Proto from the proxies below.</summary>
    public bool Enabled { get; set; }

    /// <summary>Proxy addresses to trust, like <c>10.0.0.5</c>. Loopback is always trusted.</summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>Proxy networks to trust, like <c>10.0.0.0/8</c>.</summary>
    public IList<string> KnownNetworks { get; } = [];

    /// <summary>How many proxies in a row to unwrap (a CDN in front of a load balancer is 2).</summary>
    public int ForwardLimit { get; set; } = 1;
}
