namespace NightLegCramps.Content.Conditions;

/// <summary>One entry of the conditions list: its medical name and, if given, the plain-language name in brackets.</summary>
internal sealed record Condition
{
    public Condition(string name, string? plainName, IReadOnlyList<string>? everydayNames = null)
    {
        Name = name;
        PlainName = plainName;
        EverydayNames = everydayNames ?? [];
        DisplayName = plainName is null ? name : $"{name} ({plainName})";
        SearchText = ConditionFilter.Fold(string.Join(" ", EverydayNames.Prepend(DisplayName)));
    }

    // Get-only, not init: the names and the text folded from them are set together, once, when the list is read.
    public string Name { get; }
    public string? PlainName { get; }
    public string DisplayName { get; }

    /// <summary>
    /// Other words readers use for this entry (the words file beside the list, <see cref="ConditionWords"/>); found by
    /// the filter, not shown.
    /// </summary>
    public IReadOnlyList<string> EverydayNames { get; }

    /// <summary>
    /// The folded text a search is matched against (both names), folded once when the list loads; the server's
    /// filter and the page's <c>data-search</c> for the browser's filter both read it.
    /// </summary>
    public string SearchText { get; }
}

/// <summary>A heading of the conditions page and the conditions listed under it.</summary>
internal sealed record ConditionCategory(string Name, string Anchor, IReadOnlyList<Condition> Conditions)
{
    /// <summary>The optional sentence an editor wrote under the category heading.</summary>
    public string? Description { get; init; }
}

/// <summary>The conditions page in parts: the categories come from the services layer, not from raw HTML.</summary>
internal sealed record ConditionsPage(string IntroHtml, IReadOnlyList<ConditionCategory> Categories)
{
    /// <summary>Words the list does not hold but another page explains; the filter links to them.</summary>
    public IReadOnlyList<ElsewhereEntry> Elsewhere { get; init; } = [];

    public int Count => Categories.Sum(c => c.Conditions.Count);
}
