using System.Globalization;
using NightLegCramps.Content.Conditions;
using NightLegCramps.Content.Topics;

namespace NightLegCramps.Web.Pages;

/// <summary>The conditions page's list as shown: all categories, or only what matches the filter.</summary>
internal sealed class ConditionList
{
    /// <summary>The query key of the filter, so the page works without JavaScript and a search can be linked to.</summary>
    public const string QueryParameter = "q";

    public static readonly ConditionList None = new("/", null, [], [], [], []);

    // What matches, as sets: the page asks once per category and once per condition it renders.
    private readonly HashSet<string> _shownAnchors;
    private readonly HashSet<Condition> _shownConditions;

    private ConditionList(string pagePath, string? query, IReadOnlyList<ConditionCategory> categories, IReadOnlyList<ConditionCategory> allCategories,
        IReadOnlyList<ElsewhereLink> elsewhere, IReadOnlyList<Condition> closest)
    {
        PagePath = pagePath;
        Query = query;
        Categories = categories;
        AllCategories = allCategories;
        Elsewhere = elsewhere;
        Closest = closest;
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

    /// <summary>Every word the site explains on another page (rendered all, shown when they match).</summary>
    public IReadOnlyList<ElsewhereLink> Elsewhere { get; }

    /// <summary>When nothing matches: the entries nearest to what was typed.</summary>
    public IReadOnlyList<Condition> Closest { get; }

    public int Total { get; }

    public int Shown => Categories.Sum(c => c.Conditions.Count);

    public bool IsFiltered => !string.IsNullOrWhiteSpace(Query);

    public bool ShowsElsewhere => IsFiltered && Elsewhere.Any(Shows);

    /// <summary>
    /// The count line the reader sees: how many conditions show, that only another page explains the word, or that
    /// none match. The templates are the site's words in the page's language (FilterAll, FilterSome, FilterElsewhere,
    /// FilterNone); the page also renders them for site.js to fill as you type.
    /// </summary>
    public string Message(string allTemplate, string someTemplate, string noneTemplate, string elsewhereTemplate) =>
        (IsFiltered ? Shown > 0 ? someTemplate : ShowsElsewhere ? elsewhereTemplate : noneTemplate : allTemplate)        .Replace("{total}", Total.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{groups}", Categories.Count.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{shown}", Shown.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{query}", Query, StringComparison.Ordinal);

    public bool Shows(ConditionCategory category) => _shownAnchors.Contains(category.Anchor);

    public bool Shows(Condition condition) => _shownConditions.Contains(condition);

    public bool Shows(ElsewhereLink link) => IsFiltered && ConditionFilter.Matches(link.SearchText, ConditionFilter.WordsOf(Query));

    /// <summary>The address that filters the list for one entry, for the closest-entry suggestions.</summary>
    public string SearchFor(string words) => $"{PagePath}?{QueryParameter}={Uri.EscapeDataString(words)}#condition-results";

    public static ConditionList Filter(string pagePath, ConditionsPage page, string? query, SiteContent content)
    {
        var categories = ConditionFilter.Apply(page.Categories, query);
        var elsewhere = page.Elsewhere.Select(e => ElsewhereLink.For(e, content)).OfType<ElsewhereLink>().ToList();
        var list = new ConditionList(pagePath, query?.Trim(), categories, page.Categories, elsewhere, []);
        if (!list.IsFiltered || list.Shown > 0 || list.ShowsElsewhere) return list;
        return new ConditionList(pagePath, query?.Trim(), categories, page.Categories, elsewhere,
            ConditionFilter.Closest(page.Categories.SelectMany(c => c.Conditions), query));
    }
}

/// <summary>A section of another page that explains some words a reader may look for in the conditions list.</summary>
internal sealed record ElsewhereLink(string Address, string Text, string SearchText)
{
    /// <summary>The link named by the section's heading and its page's title; null when the address is not on the site.</summary>
    public static ElsewhereLink? For(ElsewhereEntry entry, SiteContent content)
    {
        var topic = content.EveryPage.FirstOrDefault(t => t.Path == entry.Path);
        if (topic is null) return null;
        var section = entry.Anchor is null ? null : topic.Sections.FirstOrDefault(s => s.Anchor == entry.Anchor);
        if (entry.Anchor is not null && section is null) return null;
        var text = section is null ? topic.Title : $"{section.Heading} ({topic.Title})";
        return new ElsewhereLink(entry.Address, text, entry.SearchText);
    }
}
