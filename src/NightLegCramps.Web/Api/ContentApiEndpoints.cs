using Microsoft.Extensions.Options;
using NightLegCramps.Content.Languages;
using NightLegCramps.Content.Loading;
using NightLegCramps.Content.Topics;
using NightLegCramps.Web.Caching;
using NightLegCramps.Web.Security;
using NightLegCramps.Web.Site;

namespace NightLegCramps.Web.Api;

/// <summary>
/// The read-only content API: <c>/api/topics</c> and <c>/api/conditions</c>, as JSON, in the default language
/// or in the one <c>?lang=es</c> names.
/// </summary>
public static class ContentApiEndpoints
{
    public const string LanguageParameter = "lang";

    public static WebApplication MapContentApi(this WebApplication app)
    {
        var api = app.MapGroup("/api").CachedAsData(CachePolicies.Api);
        api.MapRead("/topics", (string? lang, SiteContent content, SiteLanguages languages, IOptions<SiteOptions> site) =>
            InLanguage(lang, languages, content, edition =>
                Results.Ok(edition.AllPages.Select(t => TopicListing.From(t, site.Value)).ToList())));
        api.MapRead("/conditions", (string? lang, SiteContent content, SiteLanguages languages, IOptions<SiteOptions> site) =>
            InLanguage(lang, languages, content, edition =>
            {
                // Categories come from the conditions page, so there are none without it.
                var categories = edition.ConditionsTopic is { Conditions: { } conditions } page
                    ? conditions.Categories.Select(c => ConditionCategoryListing.From(page, c, site.Value)).ToList()
                    : [];
                return Results.Ok(new { categories });
            }));
        return app;
    }

    private static IResult InLanguage(string? lang, SiteLanguages languages, SiteContent content, Func<Edition, IResult> answer)
    {
        var language = string.IsNullOrEmpty(lang) ? languages.Default : lang.ToLowerInvariant();
        return languages.Codes.Contains(language, StringComparer.Ordinal)
            ? answer(content.Edition(language))
            : Results.Problem($"{LanguageParameter} '{lang}' is not a language of this site. Use one of: {string.Join(", ", languages.Codes)}.",
                statusCode: StatusCodes.Status400BadRequest, title: "Unknown language");
    }
}
