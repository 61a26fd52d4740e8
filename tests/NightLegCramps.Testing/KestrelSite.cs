using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace NightLegCramps.Testing;

/// <summary>
/// The site over the fixture content on a real Kestrel socket (any free loopback port), for raw HTTP requests and
/// for a real browser.
/// </summary>
public sealed class KestrelSite : SiteFactory
{
    public KestrelSite()
        : this(new Dictionary<string, string?>())
    {
    }

    private KestrelSite(IDictionary<string, string?> settings, int port = 0, string environment = "Production") // not public: a class fixture may have one public constructor
        : base(FixtureContent, environment, settings)
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, port));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
    }

    /// <summary>The site with these settings on top of the tests' own, as an operator would set them.</summary>
    public static KestrelSite With(IDictionary<string, string?> settings) => new(settings);

    /// <summary>The site as an editor runs it on their own computer (Development: drafts shown, the /editor page).</summary>
    public static KestrelSite ForAnEditor(IDictionary<string, string?> settings) => new(settings, environment: "Development");

    /// <summary>
    /// The site with Site:BaseUrl set to the address it really listens on, so a browser's own posts (the feedback
    /// form, whose Origin must be the site's) are accepted.
    /// </summary>
    public static KestrelSite AtItsOwnAddress(IDictionary<string, string?>? settings = null)
    {
        using var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return new(new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["Site:BaseUrl"] = $"http://127.0.0.1:{port}" }, port);
    }

    public Uri BaseAddress { get; }

    public int Port => BaseAddress.Port;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // A build (unlike a publish) keeps the pre-compressed .gz assets under obj/; without the build's asset
        // manifest a browser asking for gzip would get an empty 200 for site.css in Production.
        builder.UseStaticWebAssets();
    }
}
