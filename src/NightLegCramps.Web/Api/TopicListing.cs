using NightLegCramps.Content.Conditions;
using NightLegCramps.Content.Topics;
using NightLegCramps.Web.Site;

namespace NightLegCramps.Web.Api;

/// <summary>A topic as other systems and clinicians see it: its absolute address and its sections' addresses.</summary>
internal sealed record TopicListing(
    string Language,
    string Title,
    string Slug,
    string Url,
    string Summary,
    DateOnly LastReviewed,
    DateOnly NextReview,
    IReadOnlyList<SectionListing> Sections)
{
    public static TopicListing From(Topic topic, SiteOptions site) => new(
        topic.Language,
        topic.Title,
        topic.Slug,
        site.AbsoluteUrl(topic.Path),
        topic.Summary,
        topic.Review.LastReviewed,
        topic.Review.NextReview,
        topic.Sections.Select(s => new SectionListing(s.Heading, s.Level, s.Anchor, site.AbsoluteUrl(topic.PathTo(s.Anchor)))).ToList());
}

/// <summary>An h2 or h3 of a topic with the address that opens the page at it.</summary>
public sealed record SectionListing(string Heading, int Level, string Anchor, string Url);

/// <summary>A category of the conditions page, with the address of its heading.</summary>
internal sealed record ConditionCategoryListing(string Name, string Anchor, string Url, string? Description, IReadOnlyList<ConditionListing> Conditions)
{
    /// <summary>A category of <paramref name="page"/>; each condition links to its category's heading.</summary>
    public static ConditionCategoryListing From(Topic page, ConditionCategory category, SiteOptions site)
    {
        var url = site.AbsoluteUrl(page.PathTo(category.Anchor));
        return new(category.Name, category.Anchor, url, category.Description,
            category.Conditions.Select(c => new ConditionListing(c.Name, c.PlainName, url)).ToList());
    }
}

public sealed record ConditionListing(string Name, string? PlainName, string Url);
