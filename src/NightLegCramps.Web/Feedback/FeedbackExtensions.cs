using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using NightLegCramps.Web.Health;

namespace NightLegCramps.Web.Feedback;

public static class FeedbackExtensions
{
    private const string RatePolicy = "feedback";

    /// <summary>The question on every page, the database behind it, the daily purge and its part of /readyz.</summary>
    public static WebApplicationBuilder AddFeedback(this WebApplicationBuilder builder)
    {
        builder.Services.AddFeedbackStore();
        builder.Services.AddHostedService<FeedbackMaintenance>();
        builder.Services.AddHealthChecks().AddCheck<FeedbackStoreCheck>("feedback", HealthStatus.Degraded, [HealthExtensions.ReadyTag]);
        builder.Services.AddRateLimiter(limiter =>
        {
            // Per client address: with Proxy:Enabled, the forwarded-headers middleware has already put the
            // reader's address (from a trusted proxy only) in RemoteIpAddress. The address is used here, in memory, and never stored.
            limiter.AddPolicy(RatePolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = http.RequestServices.GetRequiredService<IOptions<FeedbackSettings>>().Value.PostsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
            limiter.OnRejected = (rejected, _) => new ValueTask(FeedbackEndpoint.RefuseTooManyAsync(rejected.HttpContext));
        });
        return builder;
    }

    /// <summary>The settings, the database and the store, without the web parts: for the commands too.</summary>
    public static IServiceCollection AddFeedbackStore(this IServiceCollection services)
    {
        services.AddOptions<FeedbackSettings>()
            .BindConfiguration(FeedbackSettings.SectionName)
            .Validate(s => s.RetentionDays > 0 && s.PostsPerMinute > 0, "Feedback:RetentionDays and Feedback:PostsPerMinute must be at least 1")
            .Validate(s => s.Provider != FeedbackProvider.Sqlite || !string.IsNullOrWhiteSpace(s.Database), "Feedback:Database must name the SQLite file, like data/feedback.db")
            .ValidateOnStart();
        services.AddOptions<FeedbackSettings>()
            .Validate<IConfiguration>((s, config) => s.Provider != FeedbackProvider.Postgres || !string.IsNullOrWhiteSpace(config.GetConnectionString("Feedback")),
                "Feedback:Provider=Postgres needs ConnectionStrings:Feedback, like Host=db;Database=feedback;Username=site;Password=...");
        services.AddSingleton<FeedbackDatabase>();
        services.AddSingleton<FeedbackStore>();
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }

    /// <summary>The rate limiter, which acts only on endpoints that ask for it (<c>POST /feedback</c>).</summary>
    public static WebApplication UseFeedback(this WebApplication app)
    {
        if (IsEnabled(app)) app.UseRateLimiter();
        return app;
    }

    /// <summary><c>POST /feedback</c>, limited per client address. Nothing is mapped when feedback is turned off.</summary>
    public static WebApplication MapFeedback(this WebApplication app)
    {
        if (!IsEnabled(app)) return app;
        app.MapPost(FeedbackEndpoint.Path, FeedbackEndpoint.HandleAsync).RequireRateLimiting(RatePolicy);
        return app;
    }

    private static bool IsEnabled(WebApplication app) => app.Services.GetRequiredService<IOptions<FeedbackSettings>>().Value.Enabled;
}
