using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace NightLegCramps.Testing;

/// <summary>Fetches a page and parses it the way a browser would, for assertions on what a reader sees.</summary>
public static class Html
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        return Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    public static IHtmlDocument Parse(string html) => Parser.ParseDocument(html);
}
