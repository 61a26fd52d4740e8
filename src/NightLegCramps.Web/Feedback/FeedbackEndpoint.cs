using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using NightLegCramps.Content.Languages;
using NightLegCramps.Content.Loading;
using NightLegCramps.Content.Topics;
using NightLegCramps.Web.Site;

namespace NightLegCramps.Web.Feedback;

/// <summary>
/// <c>POST /feedback</c>: the only address that takes an answer. Pages never change because of a post, so
/// they stay in every cache with the same ETag; the answer goes to the database and the reader is sent back.
/// </summary>
public static class FeedbackEndpoint
{
    public const string Path = "/feedback";

    /// <summary>The question's own address at the page's foot (<c>/relief#feedback</c>), as for any section.</summary>
    public const string Anchor = "feedback";

    /// <summary>Where a reader lands after "Yes", or after the second step: the thank-you at the page's foot.</summary>
    public const string ThanksAnchor = "feedback-thanks";

    /// <summary>Where a reader lands after "No": the optional second step at the page's foot.</summary>
    public const string MoreAnchor = "feedback-more";

    public static async Task HandleAsync(HttpContext http)
    {
        var services = http.RequestServices;
        http.Response.Headers.CacheControl = "no-store";

        if (!FeedbackOrigin.IsFromThisSite(http.Request, services.GetRequiredService<IOptions<SiteOptions>>().Value))
        {
            await FeedbackReply.WriteAsync(http, StatusCodes.Status403Forbidden, "Refused");
            return;
        }
        if (http.Request.ContentLength > FeedbackSettings.MaxBodyBytes)
        {
            await FeedbackReply.WriteAsync(http, StatusCodes.Status413PayloadTooLarge, "TooLong");
            return;
        }
        // A body sent without a length (chunked) is cut off at the same size while it is read.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = FeedbackSettings.MaxBodyBytes;
        if (!MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var type) || !type.MediaType.Equals("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            await FeedbackReply.WriteAsync(http, StatusCodes.Status415UnsupportedMediaType, "Refused");
            return;
        }

        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(http.RequestAborted);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await FeedbackReply.WriteAsync(http, StatusCodes.Status413PayloadTooLarge, "TooLong");
            return;
        }
        catch (Exception e) when (e is BadHttpRequestException or InvalidDataException)
        {
            await FeedbackReply.WriteAsync(http, StatusCodes.Status400BadRequest, "Refused");
            return;
        }

        var hour = FeedbackEntry.HourOf(services.GetRequiredService<TimeProvider>().GetUtcNow());
        var answer = FeedbackForm.Read(form, http.Content(), hour);
        var backTo = SpeakLanguageOf(answer.Page);
        if (answer.IsTooLong)
        {
            await FeedbackReply.WriteAsync(http, StatusCodes.Status400BadRequest, "TooLong", backTo);
            return;
        }
        if (answer is not { Entry: { } entry, Page: { } answered })
        {
            await FeedbackReply.WriteAsync(http, StatusCodes.Status400BadRequest, "Refused", backTo);
            return;
        }

        // A bot that filled the hidden box, or a second step left empty: thanked like anyone, nothing stored.
        if (!answer.IsTrap && !answer.IsEmpty && !await services.GetRequiredService<FeedbackStore>().SaveAsync(entry))
        {
            http.Response.Headers.RetryAfter = "60";
            await FeedbackReply.WriteAsync(http, StatusCodes.Status503ServiceUnavailable, "NotSaved", backTo);
            return;
        }

        // From here on the answer is committed: 303 (or 200 for the page's script) promises it is kept.
        if (WantsJson(http.Request))
        {
            http.Response.StatusCode = StatusCodes.Status200OK;
            http.Response.ContentType = "application/json; charset=utf-8";
            await http.Response.WriteAsync("{\"saved\":true}", http.RequestAborted);
            return;
        }
        http.Response.StatusCode = StatusCodes.Status303SeeOther;
        http.Response.Headers.Location = answered.PathTo(entry.Useful == false ? MoreAnchor : ThanksAnchor);
    }

    /// <summary>
    /// The 429 page, written by the rate limiter before the endpoint runs: the answer it refuses is still read
    /// (at most 4 KB, nothing stored) only to learn the page, so a Spanish reader is told to wait in Spanish.
    /// </summary>
    public static async Task RefuseTooManyAsync(HttpContext http)
    {
        http.Response.Headers.RetryAfter = "60";
        http.Response.Headers.CacheControl = "no-store";
        var page = await PageOfAsync(http);
        await FeedbackReply.WriteAsync(http, StatusCodes.Status429TooManyRequests, "TooMany", SpeakLanguageOf(page));
    }

    /// <summary>The page a well-formed post names, or null for anything else (too big, not a form, no such page).</summary>
    private static async Task<Topic?> PageOfAsync(HttpContext http)
    {
        if (http.Request.ContentLength is not (>= 0 and <= FeedbackSettings.MaxBodyBytes) || !http.Request.HasFormContentType) return null;
        try
        {
            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            return FeedbackForm.FindPage(http.Content(),
                form[FeedbackForm.Language].ToString(), form[FeedbackForm.Page].ToString());
        }
        catch (Exception e) when (e is BadHttpRequestException or InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>From here on, a reply is in the language of the page the answer is about; returns where to go back to.</summary>
    private static string SpeakLanguageOf(Topic? page)
    {
        if (page is null) return "/";
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = SiteLanguages.Culture(page.Language);
        return page.PathTo(Anchor);
    }

    /// <summary>The page's script asks for JSON and shows the result in place; a plain form post gets a redirect.</summary>
    private static bool WantsJson(HttpRequest request) =>
        request.Headers.Accept.Any(a => a is not null && a.Contains("application/json", StringComparison.OrdinalIgnoreCase));
}
