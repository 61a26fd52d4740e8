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

    /// <summary>On the conditions page: other names readers use for its entries.</summary>
    public IReadOnlyList<EverydayNames> EverydayNames { get; init; } = [];
}

/// <summary>The other words readers use for one entry of the conditions list, and the front matter line that gives them.</summary>
internal sealed record EverydayNames(string Condition, IReadOnlyList<string> Names, int Line);
