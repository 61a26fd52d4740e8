using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace NightLegCramps.Web.Tests.Security;

/// <summary>A crowd of idle connections cannot wedge the site: past the limit it is turned away, and the site answers the moment it leaves.</summary>
public sealed class ConnectionFloodTests
{
    private const string Request = "GET /relief HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_flood_past_the_limit_is_turned_away_and_the_site_answers_again_as_soon_as_it_ends()
    {
        using var site = KestrelSite.With(new Dictionary<string, string?> { ["Kestrel:Limits:MaxConcurrentConnections"] = "20" });
        Assert.Equal(200, (await RawHttp.SendAsync(site.Port, Request, Cancel)).Status);

        var flood = new List<TcpClient>();
        try
        {
            // Idle keep-alive connections that never send a request, ten times the limit.
            for (var i = 0; i < 200; i++)
            {
                var connection = new TcpClient();
                await connection.ConnectAsync(IPAddress.Loopback, site.Port, Cancel);
                flood.Add(connection);
            }

            // While the flood holds every place, a reader is closed at once rather than left waiting.
            var clock = Stopwatch.StartNew();
            var during = await RawHttp.SendAsync(site.Port, Request, Cancel);
            Assert.Equal(0, during.Status);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"a refused connection waited {clock.ElapsedMilliseconds} ms");
        }
        finally
        {
            foreach (var connection in flood) connection.Dispose();
        }

        // The flood has gone: the next readers are answered, without a restart.
        var after = Stopwatch.StartNew();
        var answer = await RawHttp.SendAsync(site.Port, Request, Cancel);
        while (answer.Status == 0 && after.Elapsed < TimeSpan.FromSeconds(1))
        {
            await Task.Delay(10, Cancel); // the server sees each closed connection a moment after the client closes it
            answer = await RawHttp.SendAsync(site.Port, Request, Cancel);
        }
        TestContext.Current.TestOutputHelper?.WriteLine($"answered {after.ElapsedMilliseconds} ms after the flood ended");
        Assert.Equal(200, answer.Status);
        for (var i = 0; i < 50; i++)
        {
            Assert.Equal(200, (await RawHttp.SendAsync(site.Port, Request, Cancel)).Status);
        }
    }

    [Fact]
    public void Without_a_setting_connections_are_still_limited()
    {
        using var site = new SiteFactory();
        using var client = site.CreateClient(); // builds the host
        var limits = site.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.Limits;

        Assert.Equal(1000, limits.MaxConcurrentConnections);
        Assert.Equal(10, limits.MaxConcurrentUpgradedConnections);
    }
}
