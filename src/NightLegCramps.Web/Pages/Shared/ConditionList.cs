using System.Globalization;
using NightLegCramps.Content.Conditions;

namespace NightLegCramps.Web.Pages;

/// <summary>The conditions page's list as shown: all categories, or only what matches the filter.</summary>
public sealed class ConditionList
{
    /// <summary>The query key of the filter, so the page works without JavaScript and a search can be linked to.</summary>
    public const string QueryParameter = "q";

    public static readonly ConditionList None = new("/", null, [], []);

    // What matches, as sets: the page asks once per category and once per condition it renders.
    private readonly HashSet<string> _shownAnchors;
    private readonly HashSet<Condition> _shownConditions;

    private ConditionList(string pagePath, string? query, IReadOnlyList<ConditionCategory> categories, IReadOnlyList<ConditionCategory> allCategories)
    {
        PagePath = pagePath;
        Query = query;
        Categories = categories;
        AllCategories = allCategories;
        Total = allCategories.Sum(c => c.Conditions.Count);
        _shownAnchors = categories.Select(c => c.Anchor).ToHashSet(StringComparer.Ordinal);
        _shownConditions = categories.SelectMany(c => c.Conditions).ToHashSet();
    }

    public string PagePath { get; }
    public string? Query { get; }

    /// <summary>The categories that match, each holding only its matching conditions.</summary>
    public IReadOnlyList<ConditionCategory> Categories { get; }

    /// <summary>
    /// Every category, matching or not: the page renders them all and hides what does not match, so the script
    /// can widen a search as you type even on a page the server filtered.
    /// </summary>
    public IReadOnlyList<ConditionCategory> AllCategories { get; }

    public int Total { get; }

    public int Shown => Categories.Sum(c => c.Conditions.Count);

    public bool IsFiltered => !string.IsNullOrWhiteSpace(Query);

    /// <summary>
    /// The count line the reader sees: how many conditions show, or that none match. The templates are the site's
    /// words in the page's language (FilterAll, FilterSome, FilterNone); the page also renders them for site.js to fill as you type.
    /// </summary>
    public string Message(string allTemplate, string someTemplate, string noneTemplate) => (IsFiltered ? Shown == 0 ? noneTemplate : someTemplate : allTemplate)
        .Replace("{total}", Total.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{groups}", Categories.Count.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{shown}", Shown.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{query}", Query, StringComparison.Ordinal);

    public bool Shows(ConditionCategory category) => _shownAnchors.Contains(category.Anchor);

    public bool Shows(Condition condition) => _shownConditions.Contains(condition);

    public static ConditionList Filter(string pagePath, ConditionsPage page, string? query) =>
        new(pagePath, query?.Trim(), ConditionFilter.Apply(page.Categories, query), page.Categories);
}
