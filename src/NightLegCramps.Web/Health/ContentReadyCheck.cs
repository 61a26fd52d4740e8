using Microsoft.Extensions.Diagnostics.HealthChecks;
using NightLegCramps.Content.Loading;

namespace NightLegCramps.Web.Health;

/// <summary>
/// Ready once the content has loaded at least once; says how many pages are served and how many files are broken,
/// and reports Degraded while a reload is stuck or a file took longer than its time budget to load.
/// </summary>
internal sealed class ContentReadyCheck(ContentStore store, TimeProvider clock) : IHealthCheck
{
    /// <summary>A reload running longer than this is reported as stuck.</summary>
    public static readonly TimeSpan StuckAfter = TimeSpan.FromSeconds(5);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var content = store.Current;
        var health = store.Health;
        var data = new Dictionary<string, object>
        {
            ["pages"] = content.AllPages.Count(),
            ["filesInError"] = content.FilesInError,
            ["contentVersion"] = content.Version,
        };
        if (!content.IsLoaded)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("content not loaded yet", data: data));
        }
        // Broken files do not make the site unready: their last good version, or the other pages, are still served.
        // A stuck or slow reload does not either, but it means edits may not show, so it is Degraded and says which.
        var running = health.ReloadingSince is { } since ? clock.GetUtcNow() - since : TimeSpan.Zero;
        if (running > StuckAfter)
        {
            data["reloadRunningSeconds"] = Math.Round(running.TotalSeconds, 1);
        }
        if (health.SlowFiles.Count > 0)
        {
            data["slowFiles"] = health.SlowFiles;
        }
        return Task.FromResult(running > StuckAfter || health.SlowFiles.Count > 0
            ? HealthCheckResult.Degraded(running > StuckAfter ? "a content reload is stuck" : "a content file is too slow to load", data: data)
            : HealthCheckResult.Healthy("content loaded", data));
    }
}
