using Microsoft.AspNetCore.StaticAssets;
using Serilog;
using Serilog.Events;

namespace NightLegCramps.Web.Logging;

/// <summary>
/// Serilog for everything the site logs, configured from the "Serilog" section (levels, sinks, JSON lines), and
/// one line per request from Serilog's request logging: method, path, status and elapsed milliseconds.
/// </summary>
public static class LoggingExtensions
{
    /// <summary>
    /// The framework's hosting logger. While it is enabled at any level, ASP.NET Core starts an <c>Activity</c> for
    /// every request, for the log scopes of its own request lines; that was about a twentieth of a cached page's time
    /// (docs/performance.md). Its request lines are below the "Microsoft" level anyway and the request log has its own
    /// line; the start-up failures it logged are logged by the host and the Serve command (SiteCommands). Lost: its
    /// warning that ASPNETCORE_URLS overrides HTTP_PORTS, and the RequestId, trace and span ids its scope and activity
    /// gave JSON lines. A tracer that listens to ASP.NET Core's ActivitySource still gets its activities.
    /// </summary>
    internal const string HostingDiagnostics = "Microsoft.AspNetCore.Hosting.Diagnostics";

    /// <summary>Above Fatal: Serilog's way of turning a source off (it has no level for it).</summary>
    private const LogEventLevel Off = LogEventLevel.Fatal + 1;

    public static WebApplicationBuilder AddSiteLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders(); // Serilog's sinks replace the host's console and debug providers
        builder.Services.AddSerilog(
            (services, logger) => logger
                .ReadFrom.Configuration(builder.Configuration) // levels and sinks: the "Serilog" section
                .ReadFrom.Services(services) // and any sink registered as a service
                .MinimumLevel.Override(HostingDiagnostics, Off)
                .Enrich.FromLogContext(),
            // Each host keeps its own logger (the tests and the export run several hosts in one process),
            // so nothing here reads or replaces the static Log.Logger.
            preserveStaticLogger: true);
        return builder;
    }

    /// <summary>
    /// One line per request, written when the response is complete, so its status and time are the real ones,
    /// including a 404 page or an error page shown in its place. Put it early, so it times the whole pipeline.
    /// </summary>
    public static WebApplication UseRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            options.GetLevel = LevelFor;
            // The path alone: a query can hold what a reader searched for, which is theirs, not the log's.
            options.IncludeQueryInRequestPath = false;
        });
        return app;
    }

    /// <summary>
    /// Errors stand out; stylesheets, scripts and health probes, which arrive all the time and say nothing
    /// about readers, are Debug so the log shows pages.
    /// </summary>
    internal static LogEventLevel LevelFor(HttpContext http, double elapsedMs, Exception? exception)
    {
        if (exception is not null || http.Response.StatusCode >= StatusCodes.Status500InternalServerError) return LogEventLevel.Error;
        return IsRoutine(http) ? LogEventLevel.Debug : LogEventLevel.Information;
    }

    private static bool IsRoutine(HttpContext http) =>
        http.Features.Get<RoutineRequest>() is not null // marked by the middleware that answered, when no endpoint did
        || (http.GetEndpoint()?.Metadata is { } metadata
            && (metadata.GetMetadata<StaticAssetDescriptor>() is not null || metadata.GetMetadata<RoutineRequest>() is not null));
}

/// <summary>
/// Endpoint metadata, or a request feature set by a middleware that answers without an endpoint: the request is logged
/// at Debug (health probes, the benchmark's static file).
/// </summary>
public sealed class RoutineRequest
{
    private RoutineRequest()
    {
    }

    public static RoutineRequest Metadata { get; } = new();
}

public static class RoutineRequestLogging
{
    /// <summary>Log this endpoint's requests at Debug: a load balancer asks every few seconds.</summary>
    public static TBuilder LoggedAsRoutine<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder => builder.WithMetadata(RoutineRequest.Metadata);
}
