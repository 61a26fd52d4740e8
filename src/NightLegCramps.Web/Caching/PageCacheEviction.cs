using Microsoft.AspNetCore.OutputCaching;
using NightLegCramps.Content.Loading;

namespace NightLegCramps.Web.Caching;

/// <summary>
/// Drops every cached page when the content reloads. Every page shows the contents list, so one
/// edit can change them all; evicting them all is both simple and correct.
/// </summary>
internal sealed class PageCacheEviction(ContentStore store, IOutputCacheStore cache) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        store.Reloaded += Evict;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        store.Reloaded -= Evict;
        return Task.CompletedTask;
    }

    // Runs on the reload's thread, and waits, so the cache is empty before the reload is reported done.
    private void Evict(ContentReload reload) =>
        cache.EvictByTagAsync(PageCachePolicy.ContentTag, CancellationToken.None).AsTask().GetAwaiter().GetResult();
}
