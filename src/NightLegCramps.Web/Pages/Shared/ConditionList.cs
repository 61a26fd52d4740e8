using NightLegCramps.Content.Conditions;

namespace NightLegCramps.Web.Pages;

/// <summary>The conditions page's list as shown: all categories, or only what matches the filter.</summary>
public sealed record ConditionList(string PagePath, string? Query, IReadOnlyList<ConditionCategory> Categories, int Total)
{
    public static readonly ConditionList None = new("/", null, [], 0);

    public int Shown => Categories.Sum(c => c.Conditions.Count);

    public bool IsFiltered => !string.IsNullOrWhiteSpace(Query);

    public static ConditionList Filter(string pagePath, ConditionsPage page, string? query) =>
        new(pagePath, query?.Trim(), ConditionFilter.Apply(page.Categories, query), page.Count);
}
