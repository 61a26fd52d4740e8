using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Html;
using NightLegCramps.Content.Topics;
using NightLegCramps.Web.Connect;
using NightLegCramps.Web.Site;

namespace NightLegCramps.Web.Metadata;

/// <summary>
/// The schema.org <c>MedicalWebPage</c> of a topic, as JSON-LD for a <c>&lt;script type="application/ld+json"&gt;</c>.
/// System.Text.Json's default encoder writes <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> as <c>\u003C</c> and so on,
/// so no title or summary can close the script element.
/// </summary>
internal static class MedicalWebPageJsonLd
{
    private static readonly JsonSerializerOptions Options = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public static HtmlString For(Topic topic, SiteOptions site)
    {
        var reviewed = topic.Review.LastReviewed.Iso();
        var page = new Dictionary<string, object>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "MedicalWebPage",
            ["name"] = topic.Title,
            ["description"] = topic.Summary,
            ["url"] = site.AbsoluteUrl(topic.Path),
            ["inLanguage"] = topic.Language,
            ["lastReviewed"] = reviewed,
            // The review date is the date the page's content last changed in substance.
            ["dateModified"] = reviewed,
            // MedicalAudience is the type medicalAudience expects; audienceType names the audience in words.
            ["medicalAudience"] = new Dictionary<string, object> { ["@type"] = "MedicalAudience", ["audienceType"] = "Patient" },
            ["about"] = new Dictionary<string, object>
            {
                ["@type"] = "MedicalCondition",
                ["name"] = ConditionCodes.ConditionName,
                ["code"] = ConditionCodes.All.Select(c => new Dictionary<string, object>
                {
                    ["@type"] = "MedicalCode",
                    ["codeValue"] = c.Value,
                    ["codingSystem"] = c.CodingSystem,
                    ["name"] = c.Name,
                }).ToList(),
            },
        };
        if (topic.ReviewedBy is { } reviewer)
        {
            page["reviewedBy"] = new Dictionary<string, object> { ["@type"] = "Person", ["name"] = reviewer.Name, ["jobTitle"] = reviewer.Role };
        }
        return new HtmlString(JsonSerializer.Serialize(page, Options));
    }
}
