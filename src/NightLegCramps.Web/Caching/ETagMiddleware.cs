using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace NightLegCramps.Web.Caching;

/// <summary>
/// Gives every page and API response a strong ETag made from the exact bytes sent (so a compressed and
/// an uncompressed copy get different tags, as HTTP requires) and the site's Cache-Control, and answers
/// a matching <c>If-None-Match</c> with 304. It sits inside the output cache, so the hash is computed
/// once per cached entry; responses served from the cache carry the stored tag and the output cache
/// answers their conditional requests itself.
/// </summary>
internal sealed class ETagMiddleware(RequestDelegate next, IOptions<PageCacheSettings> settings)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!CachePolicies.OptsIn(context))
        {
            await next(context);
            return;
        }

        var response = context.Response;
        var sent = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = sent;
        }

        if (response.StatusCode == StatusCodes.Status200OK && !response.HasStarted && !response.Headers.ContainsKey(HeaderNames.ETag))
        {
            var tag = new EntityTagHeaderValue(Tag(buffer));
            response.Headers.ETag = tag.ToString();
            if (!response.Headers.ContainsKey(HeaderNames.CacheControl))
            {
                response.Headers.CacheControl = settings.Value.CacheControlFor(context.GetEndpoint());
            }
            // The response compression adds Vary only when it compresses; a CDN must know the
            // uncompressed copy varies too, or it would hand it to browsers that accept Brotli.
            if (!response.Headers.Vary.Any(v => v is not null && v.Contains(HeaderNames.AcceptEncoding, StringComparison.OrdinalIgnoreCase)))
            {
                response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
            }
            if (Matches(context.Request, tag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                return;
            }
        }
        response.ContentLength = buffer.Length;
        buffer.Position = 0;
        await buffer.CopyToAsync(sent, context.RequestAborted);
    }

    /// <summary>The first 128 bits of the SHA-256 of the body, base64url: unique per content, short on the wire.</summary>
    private static string Tag(MemoryStream body)
    {
        var hash = SHA256.HashData(body.GetBuffer().AsSpan(0, (int)body.Length));
        return "\"" + Convert.ToBase64String(hash, 0, 16).TrimEnd('=').Replace('+', '-').Replace('/', '_') + "\"";
    }

    private static bool Matches(HttpRequest request, EntityTagHeaderValue tag) =>
        EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var candidates)
        && candidates.Any(c => c.Equals(EntityTagHeaderValue.Any) || c.Compare(tag, useStrongComparison: false));
}
