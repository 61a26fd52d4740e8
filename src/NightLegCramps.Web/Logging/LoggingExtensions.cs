using Microsoft.AspNetCore.HttpLogging;
using Serilog;

namespace NightLegCramps.Web.Logging;

/// <summary>
/// Serilog through Microsoft.Extensions.Logging. Serilog.AspNetCore cannot be restored from our
/// package registry, so the host's own HTTP logging writes one line per request instead of its middleware.
/// </summary>
public static class LoggingExtensions
{
    public static WebApplicationBuilder AddSiteLogging(this WebApplicationBuilder builder)
    {
        var logger = new LoggerConfiguration()
            .ReadFrom.Configuration(builder.Configuration) // levels and sinks: the "Serilog" section
            .CreateLogger();
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(logger, dispose: true);
        builder.Services.AddHttpLogging(o =>
        {
            o.LoggingFields = HttpLoggingFields.RequestMethod | HttpLoggingFields.RequestPath
                | HttpLoggingFields.ResponseStatusCode | HttpLoggingFields.Duration;
            o.CombineLogs = true;
        });
        return builder;
    }

    public static WebApplication UseRequestLogging(this WebApplication app)
    {
        app.UseHttpLogging();
        return app;
    }
}
