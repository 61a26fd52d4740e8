using Microsoft.Extensions.Diagnostics.HealthChecks;
using NightLegCramps.Content.Loading;

namespace NightLegCramps.Web.Health;

/// <summary>Ready once the content has loaded at least once; says how many pages are served and how many files are broken.</summary>
internal sealed class ContentReadyCheck(ContentStore store) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var content = store.Current;
        var data = new Dictionary<string, object>
        {
            ["pages"] = content.AllPages.Count(),
            ["filesInError"] = content.FilesInError,
            ["contentVersion"] = content.Version,
        };
        // Broken files do not make the site unready: their last good version, or the other pages, are still served.
        return Task.FromResult(content.IsLoaded
            ? HealthCheckResult.Healthy("content loaded", data)
            : HealthCheckResult.Unhealthy("content not loaded yet", data: data));
    }
}
