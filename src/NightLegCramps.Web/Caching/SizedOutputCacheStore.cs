using System.Collections.Concurrent;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace NightLegCramps.Web.Caching;

/// <summary>
/// The page cache's memory, limited to <see cref="PageCacheSettings.SizeLimitMegabytes"/> with each entry counted
/// honestly: the framework's own store counts only the stored response, but a key can be longer than the page it
/// names (a made-up query fills the request line), and every entry has bookkeeping of its own. Past the limit a new
/// entry is not kept and the least recently used ones make room, so the pages people read stay.
/// Tags work as the framework's do: evicting one drops every entry that carries it.
/// </summary>
internal sealed class SizedOutputCacheStore : IOutputCacheStore, IDisposable
{
    /// <summary>
    /// The cache entry, its options, the tag's change-token registration and the key's second copy inside the
    /// output cache's own structures, rounded up.
    /// </summary>
    public const int EntryOverheadBytes = 512;

    private readonly MemoryCache _entries;
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _tags = new(StringComparer.Ordinal);

    public SizedOutputCacheStore(IOptions<PageCacheSettings> settings)
    {
        _entries = new MemoryCache(new MemoryCacheOptions { SizeLimit = settings.Value.SizeLimitMegabytes * 1024L * 1024L, TrackStatistics = true });
    }

    /// <summary>The bytes an entry costs: the response, the key (UTF-16, so two bytes a character) and the bookkeeping.</summary>
    public static long SizeOf(string key, byte[] value) => value.Length + 2L * key.Length + EntryOverheadBytes;

    /// <summary>How much the cache holds now, by the same count.</summary>
    public long Size => _entries.GetCurrentStatistics()?.CurrentEstimatedSize ?? 0;

    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_entries.Get<byte[]>(key));

    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        var options = new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = validFor, Size = SizeOf(key, value) };
        foreach (var tag in tags ?? [])
        {
            options.ExpirationTokens.Add(new CancellationChangeToken(_tags.GetOrAdd(tag, _ => new CancellationTokenSource()).Token));
        }
        _entries.Set(key, value, options);
        return ValueTask.CompletedTask;
    }

    public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        // Entries stored from now on get a new source; every entry holding the old one expires with it.
        if (_tags.TryRemove(tag, out var source)) source.Cancel();
        return ValueTask.CompletedTask;
    }

    public void Dispose() => _entries.Dispose();
}
