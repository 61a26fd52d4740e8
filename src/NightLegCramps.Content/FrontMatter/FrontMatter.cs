using NightLegCramps.Content.Topics;

namespace NightLegCramps.Content.FrontMatter;

/// <summary>The YAML block at the top of a topic file, once it has passed the schema.</summary>
internal sealed record FrontMatter(
    string Title,
    string Summary,
    string Slug,
    int Order,
    DateOnly LastReviewed,
    DateOnly NextReview,
    IReadOnlyList<string> Aliases,
    bool Draft,
    string? Layout,
    SourceLines Lines)
{
    public ReviewDate Review => new(LastReviewed, NextReview);

    /// <summary>The slug of the default-language page this one translates.</summary>
    public string? TranslationOf { get; init; }
}
