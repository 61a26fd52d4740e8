using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.Extensions.Localization;
using NightLegCramps.Web.Languages;

namespace NightLegCramps.Web.Feedback;

/// <summary>
/// The small page a reader sees when an answer cannot be taken (403, 400, 413, 429, 503), without JavaScript,
/// in the language of the page the answer came from once that is known. With JavaScript the form shows the
/// same words in place. It never says more than a reader needs.
/// </summary>
public static class FeedbackReply
{
    /// <param name="key">The resource pair in <see cref="SiteText"/>: <c>Feedback{key}Title</c> and <c>Feedback{key}</c>.</param>
    public static Task WriteAsync(HttpContext http, int status, string key, string backTo = "/")
    {
        var text = http.RequestServices.GetRequiredService<IStringLocalizer<SiteText>>();
        var response = http.Response;
        response.StatusCode = status;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        var html = HtmlEncoder.Default;
        var title = html.Encode(text["Feedback" + key + "Title"]);
        var page = $"""
            <!DOCTYPE html>
            <html lang="{CultureInfo.CurrentUICulture.TwoLetterISOLanguageName}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex">
            <title>{title}</title>
            <link rel="stylesheet" href="/css/site.css">
            </head>
            <body>
            <main id="main">
            <h1>{title}</h1>
            <p>{html.Encode(text["Feedback" + key])}</p>
            <p><a href="{html.Encode(backTo)}">{html.Encode(text["FeedbackBack"])}</a></p>
            </main>
            </body>
            </html>
            """;
        return response.WriteAsync(page, http.RequestAborted);
    }
}
