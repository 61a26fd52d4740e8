using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.OutputCaching;

namespace NightLegCramps.Web.Caching;

/// <summary>
/// A query variation (<c>/conditions?q=kidney</c>, a handout's topics, a lookup's code) is answered every time but kept
/// only once it has been asked for before. A crowd of made-up values, each asked once, then costs a render each but
/// no memory, while a search people repeat is kept from its second asking. A page without its query is always kept.
/// Runs after the policy's own <c>SetVaryByQuery</c>, so it sees the keys that make the variation.
/// </summary>
internal sealed class RareVariationPolicy(AskedBefore asked) : IOutputCachePolicy
{
    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var keys = context.CacheVaryByRules.QueryKeys;
        if (!context.AllowCacheStorage || keys.Count == 0)
        {
            return ValueTask.CompletedTask;
        }
        var request = context.HttpContext.Request;
        StringBuilder? variation = null; // only when the request has one of the keys: a page without its query costs nothing here
        foreach (var key in keys)
        {
            if (key is not null && request.Query.TryGetValue(key, out var values)) (variation ??= new()).Append(key).Append('=').AppendJoin(',', (IEnumerable<string?>)values).Append('&');
        }
        if (variation is not null && !asked.Before(request.Path.Value + "?" + variation))
        {
            context.AllowCacheStorage = false;
        }
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
}

/// <summary>
/// The query variations asked for lately, as 64-bit hashes of at most <see cref="Capacity"/> of them (about half a
/// megabyte, however long the queries). When it is full it starts again, so a flood only makes a real repeat wait for
/// its next asking.
/// </summary>
internal sealed class AskedBefore
{
    public const int Capacity = 10_000;

    private readonly ConcurrentDictionary<ulong, byte> _seen = new();

    /// <summary>True when this variation was asked before; either way it is remembered now.</summary>
    public bool Before(string variation)
    {
        var hash = BitConverter.ToUInt64(SHA256.HashData(Encoding.UTF8.GetBytes(variation)));
        if (_seen.ContainsKey(hash)) return true;
        if (_seen.Count >= Capacity) _seen.Clear();
        _seen.TryAdd(hash, 0);
        return false;
    }
}
