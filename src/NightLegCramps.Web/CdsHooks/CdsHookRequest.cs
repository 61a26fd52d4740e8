using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;
using NightLegCramps.Web.Connect;

namespace NightLegCramps.Web.CdsHooks;

/// <summary>What the service took from a CDS Hooks call: whether conditions were prefetched, and which of the site's codes they hold.</summary>
public sealed record CdsHookRequest(bool HasConditions, IReadOnlyList<ConditionCode> Codes);

/// <summary>Why a call cannot be answered, in words the EHR's developer can act on.</summary>
public sealed record CdsHookProblem(int Status, string Title, string Detail);

/// <summary>
/// Reads a CDS Hooks 2.0 call. The body carries patient data, so it is read into memory once, with a limit, and only
/// the codes this site covers leave this method: no message here repeats any part of it, and nothing logs it.
/// </summary>
public static class CdsHookReader
{
    public static async Task<(CdsHookRequest? Request, CdsHookProblem? Problem)> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellation)
    {
        if (!IsJson(request.ContentType))
            return (null, new(StatusCodes.Status415UnsupportedMediaType, "Not JSON",
                "A CDS Hooks call is JSON: send it with Content-Type: application/json."));
        var tooBig = new CdsHookProblem(StatusCodes.Status413PayloadTooLarge, "Request too large",
            $"The request body is over {maxBytes / 1024} KB, the most this service reads. Prefetch only the patient's active conditions.");
        if (request.ContentLength > maxBytes) return (null, tooBig);
        // Let the server read up to our limit (its own default for the rest of the site is far lower).
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = maxBytes;

        byte[] body;
        try
        {
            body = await ReadBoundedAsync(request.Body, maxBytes, cancellation);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, tooBig);
        }
        if (body.Length > maxBytes) return (null, tooBig);

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            return (null, new(StatusCodes.Status400BadRequest, "Malformed JSON",
                $"The request body is not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1})."));
        }
        using (document)
        {
            return Read(document.RootElement);
        }
    }

    private static (CdsHookRequest? Request, CdsHookProblem? Problem) Read(JsonElement call)
    {
        if (call.ValueKind != JsonValueKind.Object)
            return (null, Bad("The request body must be a JSON object with hook, hookInstance and context."));
        if (!call.TryGetProperty("hook", out var hook) || hook.ValueKind != JsonValueKind.String)
            return (null, Bad($"hook is missing. This service answers the {CdsServiceDescription.PatientView} hook."));
        if (hook.GetString() != CdsServiceDescription.PatientView)
            return (null, Bad($"This service answers the {CdsServiceDescription.PatientView} hook, not '{hook.GetString()}'."));
        if (!call.TryGetProperty("hookInstance", out var instance) || instance.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(instance.GetString()))
            return (null, Bad("hookInstance is missing. Give each call its own UUID, as CDS Hooks asks."));

        // No prefetch (or the EHR could not get it) means no cards: this service never asks the FHIR server itself.
        if (!call.TryGetProperty("prefetch", out var prefetch) || prefetch.ValueKind != JsonValueKind.Object
            || !prefetch.TryGetProperty(CdsServiceDescription.ConditionsKey, out var conditions) || conditions.ValueKind != JsonValueKind.Object)
            return (new CdsHookRequest(false, []), null);
        return (new CdsHookRequest(true, PrefetchedConditions.CodesIn(conditions)), null);
    }

    private static CdsHookProblem Bad(string detail) => new(StatusCodes.Status400BadRequest, "Not a CDS Hooks call this service can answer", detail);

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type)
        && (type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || type.MediaType.Value?.EndsWith("+json", StringComparison.OrdinalIgnoreCase) == true);

    /// <summary>Reads at most one byte past the limit, so a body without a Content-Length cannot make us hold more.</summary>
    private static async Task<byte[]> ReadBoundedAsync(Stream body, int maxBytes, CancellationToken cancellation)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellation)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes) break;
        }
        return buffer.ToArray();
    }
}
