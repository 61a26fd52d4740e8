using System.Net;

namespace NightLegCramps.Web.Tests.Languages;

/// <summary>Adding a language is a folder of pages and one line of configuration (its words fall back to English until its resource file exists).</summary>
public sealed class ThirdLanguageTests
{
    [Fact]
    public async Task A_third_language_with_one_page_is_served_under_its_code_with_its_own_lang()
    {
        using var content = new TempContent();
        Directory.CreateDirectory(content.PathOf("fr"));
        content.Write("fr/soulager.md", """
            ---
            title: Soulager une crampe
            summary: Ce que vous pouvez faire pendant une crampe.
            slug: soulager
            translationOf: relief
            order: 7
            lastReviewed: 2026-11-20
            nextReview: 2027-11-20
            ---

            ## Quoi essayer {#what-to-try}

            Étirez le muscle.

            ## Quand demander de l'aide {#when-to-get-help}

            Voyez un médecin.

            :::notice
            Ceci est une information générale.
            :::
            """);
        using var site = new SiteFactory(content.Folder, settings: new Dictionary<string, string?> { ["Content:Languages"] = "en,es,fr" });
        var client = site.CreateClient();

        using var response = await client.GetAsync("/fr/soulager", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Html.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Soulager une crampe", page.QuerySelector("h1")!.TextContent);

        // The English page now names its French version, and the French one names the English.
        var relief = await client.GetDocumentAsync("/relief");
        Assert.Equal("https://nightlegcramps.example.org/fr/soulager", relief.QuerySelector("link[hreflang=fr]")!.GetAttribute("href"));
        Assert.Equal("https://nightlegcramps.example.org/relief", page.QuerySelector("link[hreflang=en]")!.GetAttribute("href"));
    }
}
