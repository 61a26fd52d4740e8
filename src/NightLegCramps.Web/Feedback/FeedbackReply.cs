using System.Text.Encodings.Web;

namespace NightLegCramps.Web.Feedback;

/// <summary>
/// The small page a reader sees when an answer cannot be taken (403, 400, 413, 429, 503), without JavaScript.
/// With JavaScript the form shows the same words in place. It never says more than a reader needs.
/// </summary>
public static class FeedbackReply
{
    public static Task WriteAsync(HttpContext http, int status, string title, string message, FeedbackText text, string backTo = "/")
    {
        var response = http.Response;
        response.StatusCode = status;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        var html = HtmlEncoder.Default;
        var page = $"""
            <!DOCTYPE html>
            <html lang="{text.Language}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex">
            <title>{html.Encode(title)}</title>
            <link rel="stylesheet" href="/css/site.css">
            </head>
            <body>
            <main id="main">
            <h1>{html.Encode(title)}</h1>
            <p>{html.Encode(message)}</p>
            <p><a href="{html.Encode(backTo)}">{html.Encode(text.BackToPage)}</a></p>
            </main>
            </body>
            </html>
            """;
        return response.WriteAsync(page, http.RequestAborted);
    }
}
