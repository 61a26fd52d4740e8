namespace NightLegCramps.Content.Conditions;

/// <summary>One entry of the conditions list: its medical name and, if given, the plain-language name in brackets.</summary>
public sealed record Condition(string Name, string? PlainName)
{
    public string DisplayName => PlainName is null ? Name : $"{Name} ({PlainName})";

    /// <summary>The folded text a search is matched against (both names); the page hands it to the browser's filter too.</summary>
    public string SearchText => ConditionFilter.Fold(DisplayName);
}

/// <summary>A heading of the conditions page and the conditions listed under it.</summary>
public sealed record ConditionCategory(string Name, string Anchor, IReadOnlyList<Condition> Conditions)
{
    /// <summary>The optional sentence an editor wrote under the category heading.</summary>
    public string? Description { get; init; }
}

/// <summary>The conditions page in parts: the categories come from the services layer, not from raw HTML.</summary>
public sealed record ConditionsPage(string IntroHtml, IReadOnlyList<ConditionCategory> Categories)
{
    public int Count => Categories.Sum(c => c.Conditions.Count);
}
