using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;
using NightLegCramps.Content.Loading;

namespace NightLegCramps.Web.Caching;

/// <summary>
/// Drops every cached page when the content reloads. Every page shows the contents list, so one
/// edit can change them all; evicting them all is both simple and correct.
/// </summary>
/// <remarks>
/// It reacts to the store's change token, after the reload is live and outside the store's lock, and it
/// does not wait for the eviction: the reload's thread never blocks on async work. A failed eviction is logged.
/// </remarks>
internal sealed partial class PageCacheEviction(ContentStore store, IOutputCacheStore cache, ILogger<PageCacheEviction> logger) : IHostedService, IDisposable
{
    private IDisposable? _subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = ChangeToken.OnChange(store.GetReloadToken, Evict);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => _subscription?.Dispose();

    private void Evict() => _ = EvictAsync();

    private async Task EvictAsync()
    {
        try
        {
            await cache.EvictByTagAsync(ContentResponsePolicy.ContentTag, CancellationToken.None).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Runs unobserved: a failure is logged, never lost or thrown on a thread-pool thread.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogEvictionFailed(e);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Cached pages could not be dropped after a content reload; they expire on their own")]
    private partial void LogEvictionFailed(Exception exception);
}
