using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace NightLegCramps.Web.Proxy;

public static class ProxyExtensions
{
    public static WebApplicationBuilder AddProxySupport(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ProxySettings>()
            .Bind(builder.Configuration.GetSection(ProxySettings.SectionName))
            .Validate(s => s.KnownProxies.All(p => IPAddress.TryParse(p, out _)), "Proxy:KnownProxies must be IP addresses, like 10.0.0.5")
            .Validate(s => s.KnownNetworks.All(n => System.Net.IPNetwork.TryParse(n, out _)), "Proxy:KnownNetworks must be networks, like 10.0.0.0/8")
            .ValidateOnStart();
        builder.Services.AddOptions<ForwardedHeadersOptions>()
            .Configure<IOptions<ProxySettings>>((options, settings) =>
            {
                var proxy = settings.Value;
                // The client's address for the request log, and https when TLS ended at the proxy.
                // The host is never taken from a header: Site:BaseUrl makes every absolute address.
                options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
                options.ForwardLimit = proxy.ForwardLimit;
                foreach (var address in proxy.KnownProxies) options.KnownProxies.Add(IPAddress.Parse(address));
                foreach (var network in proxy.KnownNetworks) options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            });
        return builder;
    }

    /// <summary>First in the pipeline, so everything after sees the client's scheme and address.</summary>
    public static WebApplication UseProxySupport(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<ProxySettings>>().Value.Enabled)
        {
            app.UseForwardedHeaders();
        }
        return app;
    }
}
