using NightLegCramps.Content.Topics;
using Microsoft.Extensions.Localization;
using NightLegCramps.Content.Languages;
using NightLegCramps.Web.Languages;
using NightLegCramps.Web.Site;

namespace NightLegCramps.Web.Connect;

/// <summary>
/// The answer to a lookup, whatever it is written as (JSON, Atom or a page): what was asked, what the site made of it,
/// and the topics that answer it.
/// </summary>
internal sealed record ConnectAnswer(
    string Title,
    string Subtitle,
    string Url,
    string Code,
    string? CodeName,
    string CodingSystem,
    string Language,
    DateOnly Updated,
    IReadOnlyList<ConnectEntry> Entries)
{
    /// <summary>The criteria the site read, as the feed's categories: each code and code system, and the language if named.</summary>
    public IReadOnlyList<ConnectCategory> Categories { get; init; } = [];

    /// <param name="text">The site's words, in the culture of the answer's language (the caller sets it).</param>
    public static ConnectAnswer For(ConnectRequest request, SiteContent content, SiteOptions site, string path, IStringLocalizer<SiteText> text, SiteLanguages languages)
    {
        // Any code the site knows answers; the first one found names the answer.
        var known = request.Criteria.Select(c => ConditionCodes.Find(c.CodeSystem, c.Code)).FirstOrDefault(c => c is not null);
        var asked = request.Criteria[0];
        var answered = known is null ? new TopicsInLanguage([], request.Language) : ConnectTopics.For(content, request.Language);
        var askedFor = known is null ? text["ConnectCode", asked.Code].Value : $"{known.CodingSystem} {known.Value} ({known.Name})";
        var siteName = text.SiteName(site, languages);
        // The newest review of any page says when the answer last changed; Atom needs a time even with no entries.
        var updated = content.AllPages.Select(t => t.Review.LastReviewed).DefaultIfEmpty(DateOnly.MinValue).Max();
        return new ConnectAnswer(
            known is null ? text["ConnectNoInformation", siteName, askedFor] : text["ConnectTitle", siteName, askedFor],
            known is null ? text["ConnectNoPages", askedFor] : text["ConnectPages", answered.Topics.Count, askedFor],
            site.AbsoluteUrl(path + request.Query),
            known?.Value ?? asked.Code,
            known?.Name,
            known?.CodingSystem ?? asked.CodeSystem,
            answered.Language,
            updated,
            answered.Topics.Select(t => ConnectEntry.From(t, answered.Language, site)).ToList())
        {
            Categories = [
                .. request.Criteria.SelectMany(c => new[] { new ConnectCategory(c.CodeKey, c.Code), new ConnectCategory(c.CodeSystemKey, c.CodeSystem) }),
                .. request.AskedLanguage is null ? [] : new[] { new ConnectCategory(ConnectRequest.LanguageParameter, request.Language) },
            ],
        };
    }
}

/// <summary>One topic in the answer.</summary>
internal sealed record ConnectEntry(string Title, string Url, string Summary, string Language, DateOnly LastReviewed)
{
    public static ConnectEntry From(Topic topic, string language, SiteOptions site) =>
        new(topic.Title, site.AbsoluteUrl(topic.Path), topic.Summary, language, topic.Review.LastReviewed);
}

/// <summary>A request criterion the site understood, as the Infobutton guide puts it on the feed: <c>scheme="mainSearchCriteria.v.c" term="G47.62"</c>.</summary>
public sealed record ConnectCategory(string Scheme, string Term);
