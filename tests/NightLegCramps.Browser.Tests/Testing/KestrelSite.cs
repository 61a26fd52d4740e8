using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using NightLegCramps.Web.Tests.Testing;

namespace NightLegCramps.Browser.Tests.Testing;

/// <summary>The site on a real loopback Kestrel port, so a real browser can load it like any other site.</summary>
public sealed class KestrelSite : SiteFactory
{
    public KestrelSite()
    {
        UseKestrel(0); // any free port
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseAddress = new Uri(addresses.Addresses.First());
    }

    public Uri BaseAddress { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // A build (unlike a publish) keeps the pre-compressed .gz assets under obj/; without the build's asset
        // manifest a browser asking for gzip gets an empty 200 for site.css in Production.
        builder.UseStaticWebAssets();
    }
}
