using Microsoft.Extensions.Options;

namespace NightLegCramps.Web.Feedback;

/// <summary>
/// Brings the schema up to date when the site starts (in the background, so pages serve at once even when
/// the database is slow or down), then deletes answers past their retention once a day.
/// </summary>
public sealed class FeedbackMaintenance(FeedbackStore store, IOptions<FeedbackSettings> settings, TimeProvider time) : BackgroundService
{
    public static readonly TimeSpan PurgeInterval = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.Value.Enabled) return;
        using var timer = new PeriodicTimer(PurgeInterval, time);
        do
        {
            await store.PurgeAsync(stoppingToken); // migrates first; a failure is logged and tried again tomorrow or on the next post
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
