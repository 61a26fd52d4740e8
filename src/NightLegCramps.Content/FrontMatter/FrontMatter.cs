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

    /// <summary>Optional: who reviewed the page (front matter <c>reviewedBy</c>).</summary>
    public Reviewer? ReviewedBy { get; init; }
}

/// <summary>The person who reviewed a page, named beside its review dates and in its JSON-LD.</summary>
public sealed record Reviewer(string Name, string Role);
