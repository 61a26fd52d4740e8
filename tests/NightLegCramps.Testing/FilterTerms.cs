using NightLegCramps.Content.Loading;

namespace NightLegCramps.Testing;

/// <summary>A word a reader meets on a page of the site, and what the conditions filter must find for it.</summary>
/// <param name="Term">What the reader types, as the page writes it.</param>
/// <param name="Page">The page that uses the word (the tests check that it still does).</param>
/// <param name="Finds">An entry's name in the list, or the address of the page section that explains it.</param>
public sealed record FilterTerm(string Term, string Page, string Finds)
{
    public override string ToString() => $"{Term} ({Page})";
}

/// <summary>
/// Every word the filter must find: each name and plain-language name on the conditions page (read from it, so a new
/// entry is tested without editing this file), and the medicines, conditions and words of the causes and restless-legs pages.
/// </summary>
public static class FilterTerms
{
    private const string Causes = "/causes-and-risk";
    private const string RestlessLegs = "/cramps-or-restless-legs";

    private static readonly FilterTerm[] FromOtherPages =
    [
        new("pregnant", Causes, "Pregnancy"),
        new("pregnancy", Causes, "Pregnancy"),
        new("older people", Causes, Causes + "#who-gets-them"),
        new("tired muscles", Causes, "Muscle fatigue"),
        new("nerves", Causes, "Peripheral neuropathy"),
        new("intravenous iron", Causes, Causes + "#medicines"),
        new("iron", Causes, Causes + "#medicines"),
        new("estrogens", Causes, Causes + "#medicines"),
        new("estrogen", Causes, Causes + "#medicines"),
        new("hormone", Causes, Causes + "#medicines"),
        new("naproxen", Causes, Causes + "#medicines"),
        new("pain reliever", Causes, Causes + "#medicines"),
        new("diuretics", Causes, "Diuretics"),
        new("water pills", Causes, "Diuretics"),
        new("peripheral artery disease", Causes, "Peripheral artery disease"),
        new("narrowed arteries", Causes, "Peripheral artery disease"),
        new("diabetes", Causes, "Type 2 diabetes"),
        new("spinal stenosis", Causes, "Spinal stenosis"),
        new("kidney failure", Causes, "Chronic kidney disease"),
        new("nerve damage from diabetes", Causes, "Peripheral neuropathy"),
        new("nerve damage", Causes, "Peripheral neuropathy"),
        new("poor blood flow", Causes, "Peripheral artery disease"),
        new("restless legs syndrome", RestlessLegs, RestlessLegs),
        new("restless legs", RestlessLegs, RestlessLegs),
        new("RLS", RestlessLegs, RestlessLegs),
    ];

    public static IReadOnlyList<FilterTerm> All { get; } = Load();

    /// <summary>One theory row per term (plain strings, so each shows by name in the test results).</summary>
    public static TheoryData<string, string, string> AllData
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            foreach (var term in All) data.Add(term.Term, term.Page, term.Finds);
            return data;
        }
    }

    private static List<FilterTerm> Load()
    {
        using var store = new ContentStore(new ContentSettings(), SiteFactory.FixtureContent, TimeProvider.System);
        var conditions = store.LoadAll().Content.ConditionsTopic!;
        var fromList = conditions.Conditions!.Categories.SelectMany(c => c.Conditions)
            .SelectMany(c => new[] { c.Name, c.PlainName }.OfType<string>().Select(term => new FilterTerm(term, conditions.Path, c.Name)));
        return [.. fromList, .. FromOtherPages];
    }
}
