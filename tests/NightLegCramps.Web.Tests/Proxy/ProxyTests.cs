using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace NightLegCramps.Web.Tests.Proxy;

public sealed class ProxyTests
{
    [Fact]
    public void The_proxies_an_operator_names_are_the_ones_trusted_for_forwarded_headers()
    {
        using var site = new SiteFactory(SiteFactory.FixtureContent, "Production", new Dictionary<string, string?>
        {
            ["Proxy:Enabled"] = "true",
            ["Proxy:KnownProxies:0"] = "10.1.2.3",
            ["Proxy:KnownNetworks:0"] = "192.168.0.0/16",
            ["Proxy:ForwardLimit"] = "2",
        });

        var options = site.Services.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value;

        Assert.Contains(IPAddress.Parse("10.1.2.3"), options.KnownProxies);
        Assert.Contains(System.Net.IPNetwork.Parse("192.168.0.0/16"), options.KnownIPNetworks);
        Assert.Equal(2, options.ForwardLimit);
        Assert.Equal(ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto, options.ForwardedHeaders);
    }

    [Fact]
    public void A_proxy_setting_that_is_not_an_address_stops_the_site_with_a_clear_message()
    {
        using var site = new SiteFactory(SiteFactory.FixtureContent, "Production", new Dictionary<string, string?>
        {
            ["Proxy:Enabled"] = "true",
            ["Proxy:KnownProxies:0"] = "my-load-balancer",
        });

        var error = Assert.Throws<OptionsValidationException>(() => site.CreateClient());
        Assert.Contains("Proxy:KnownProxies must be IP addresses", error.Message, StringComparison.Ordinal);
    }
}
