using NightLegCramps.Content.Loading;
using NightLegCramps.Content.Topics;

namespace NightLegCramps.Testing;

/// <summary>A word a reader meets on a page of the site, and what the conditions filter must find for it.</summary>
/// <param name="Term">What the reader types, as the page writes it.</param>
/// <param name="Page">The page that uses the word (the tests check that it still does).</param>
/// <param name="Finds">An entry's name in the list, or the address of the page section that explains it.</param>
/// <param name="List">The conditions page of the term's language, where it is typed.</param>
public sealed record FilterTerm(string Term, string Page, string Finds, string List = FilterTerms.Conditions)
{
    public override string ToString() => $"{Term} ({Page})";
}

/// <summary>
/// Every word the filter must find: each name and plain-language name on the conditions page (read from it, so a new
/// entry is tested without editing this file), and the medicines, conditions and words of the causes and restless-legs pages.
/// </summary>
public static class FilterTerms
{
    public const string Conditions = "/conditions";
    private const string Causes = "/causes-and-risk";
    private const string RestlessLegs = "/cramps-or-restless-legs";
    private const string SpanishConditions = "/es/afecciones";
    private const string SpanishCauses = "/es/causas-y-riesgo";
    private const string SpanishRestlessLegs = "/es/calambres-o-piernas-inquietas";

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
        // "spi" starts "spinal": the English list finds spinal stenosis for it, so the Spanish one must too.
        new("spi", Causes, "Spinal stenosis"),

        // The same words on the Spanish pages, typed into the Spanish list.
        new("embarazadas", SpanishCauses, "Embarazo", SpanishConditions),
        new("personas mayores", SpanishCauses, SpanishCauses + "#who-gets-them", SpanishConditions),
        new("hierro intravenoso", SpanishCauses, SpanishCauses + "#medicines", SpanishConditions),
        new("hierro", SpanishCauses, SpanishCauses + "#medicines", SpanishConditions),
        new("estrógenos", SpanishCauses, SpanishCauses + "#medicines", SpanishConditions),
        new("naproxeno", SpanishCauses, SpanishCauses + "#medicines", SpanishConditions),
        new("insuficiencia renal", SpanishCauses, "Enfermedad renal crónica", SpanishConditions),
        new("nervios dañados por la diabetes", SpanishCauses, "Neuropatía periférica", SpanishConditions),
        new("mala circulación", SpanishCauses, "Enfermedad arterial periférica", SpanishConditions),
        new("síndrome de piernas inquietas", SpanishRestlessLegs, SpanishRestlessLegs, SpanishConditions),
        new("piernas inquietas", SpanishRestlessLegs, SpanishRestlessLegs, SpanishConditions),
        // The Spanish name of RLS: it leads to the restless-legs page, and, like "spi" in English, to spinal stenosis (espinal).
        new("SPI", SpanishRestlessLegs, SpanishRestlessLegs, SpanishConditions),
        new("SPI", SpanishRestlessLegs, "Estenosis espinal", SpanishConditions),
        new("RLS", SpanishRestlessLegs, SpanishRestlessLegs, SpanishConditions),
    ];

    public static IReadOnlyList<FilterTerm> All { get; } = Load();

    /// <summary>One theory row per term (plain strings, so each shows by name in the test results).</summary>
    public static TheoryData<string, string, string, string> AllData
    {
        get
        {
            var data = new TheoryData<string, string, string, string>();
            foreach (var term in All) data.Add(term.Term, term.Page, term.Finds, term.List);
            return data;
        }
    }

    private static List<FilterTerm> Load()
    {
        using var store = new ContentStore(new ContentSettings(), SiteFactory.FixtureContent, TimeProvider.System);
        var content = store.LoadAll().Content;
        var fromLists = content.Languages.Codes.Select(code => content.Edition(code).ConditionsTopic).OfType<Topic>()
            .SelectMany(conditions => conditions.Conditions!.Categories.SelectMany(c => c.Conditions)
                .SelectMany(c => new[] { c.Name, c.PlainName }.OfType<string>().Select(term => new FilterTerm(term, conditions.Path, c.Name, conditions.Path))));
        return [.. fromLists, .. FromOtherPages];
    }
}
