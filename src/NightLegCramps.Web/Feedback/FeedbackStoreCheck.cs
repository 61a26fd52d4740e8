using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace NightLegCramps.Web.Feedback;

/// <summary>
/// Part of /readyz. A feedback database that is down makes the site Degraded, not unready: pages do not need
/// it, so a load balancer should keep sending readers here.
/// </summary>
public sealed class FeedbackStoreCheck(FeedbackStore store, IOptions<FeedbackSettings> settings) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!settings.Value.Enabled) return HealthCheckResult.Healthy("feedback turned off", new Dictionary<string, object> { ["feedbackStore"] = "Off" });
        var problem = await store.CheckAsync(cancellationToken);
        return problem is null
            ? HealthCheckResult.Healthy("feedback store available", new Dictionary<string, object> { ["feedbackStore"] = "Healthy" })
            : new HealthCheckResult(HealthStatus.Degraded, problem, data: new Dictionary<string, object> { ["feedbackStore"] = "Degraded" });
    }
}
