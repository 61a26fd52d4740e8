using Microsoft.Extensions.Options;

namespace NightLegCramps.Web.Security;

public static class SecurityExtensions
{
    /// <summary>Open connections at once (docs/deploying.md: the file-descriptor limit must be above this).</summary>
    public const long DefaultMaxConnections = 1000;

    public const long DefaultMaxUpgradedConnections = 10;

    public static WebApplicationBuilder AddSiteSecurity(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SecurityOptions>().Bind(builder.Configuration.GetSection(SecurityOptions.SectionName));
        builder.Services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        builder.WebHost.ConfigureKestrel((context, kestrel) =>
        {
            kestrel.AddServerHeader = false; // no need to tell anyone which server to attack
            // Kestrel answers requests past these limits itself: 414, 431 or 413, before the app sees them.
            kestrel.Limits.MaxRequestLineSize = 8 * 1024;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            kestrel.Limits.MaxRequestHeaderCount = 64;
            kestrel.Limits.MaxRequestBodySize = 64 * 1024; // nothing on the site takes an upload
            kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(15);
            // A crowd of idle connections must not use up the process's file descriptors: past these counts Kestrel
            // closes a new connection at once, and takes new ones again as soon as the crowd leaves. The keys are
            // Kestrel's own; the site upgrades no connection (no WebSockets), so a few are plenty there.
            var limits = context.Configuration.GetSection("Kestrel:Limits");
            kestrel.Limits.MaxConcurrentConnections = limits.GetValue("MaxConcurrentConnections", DefaultMaxConnections);
            kestrel.Limits.MaxConcurrentUpgradedConnections = limits.GetValue("MaxConcurrentUpgradedConnections", DefaultMaxUpgradedConnections);
        });
        return builder;
    }

    /// <summary>First in the pipeline, so every response, including errors and static files, gets the headers.</summary>
    public static WebApplication UseSiteSecurity(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<ReadOnlyMethods>();
        if (app.Environment.IsDevelopment()) return app;
        var options = app.Services.GetRequiredService<IOptions<SecurityOptions>>().Value;
        if (options.Hsts) app.UseHsts(); // only ever sent on HTTPS responses
        if (options.HttpsRedirection) app.UseHttpsRedirection(); // does nothing until an HTTPS port is known
        return app;
    }

    /// <summary>
    /// The framework's authentication and authorization, which Razor Pages registers though the site has no logins.
    /// Left to the framework, they run first for every request; placed after the page cache, a cached page costs
    /// neither, while every endpoint is still behind them.
    /// </summary>
    public static WebApplication UseEndpointAuthorization(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }
}
