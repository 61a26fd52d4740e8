using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using NightLegCramps.Web.Logging;

namespace NightLegCramps.Web.Health;

public static class HealthExtensions
{
    /// <summary>Checks with this tag are part of /readyz; other capabilities add theirs with it.</summary>
    public const string ReadyTag = "ready";

    public static WebApplicationBuilder AddSiteHealth(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks().AddCheck<ContentReadyCheck>("content", tags: [ReadyTag]);
        return builder;
    }

    /// <summary><c>/healthz</c>: the process answers. <c>/readyz</c>: the content is loaded (503 until then), as JSON.</summary>
    public static WebApplication MapSiteHealth(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false }).LoggedAsRoutine();
        app.MapHealthChecks("/readyz", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = WriteReport,
        }).LoggedAsRoutine();
        return app;
    }

    private static Task WriteReport(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        // {"status":"Healthy","pages":9,"filesInError":0,"contentVersion":3}: flat, for a probe or a person.
        var body = new Dictionary<string, object?> { ["status"] = report.Status.ToString() };
        foreach (var (key, value) in report.Entries.Values.SelectMany(e => e.Data)) body[key] = value;
        return context.Response.WriteAsync(JsonSerializer.Serialize(body), context.RequestAborted);
    }
}
