using NightLegCramps.Content.Conditions;

namespace NightLegCramps.Content.Tests.Conditions;

public sealed class ConditionFilterTests
{
    private static readonly IReadOnlyList<ConditionCategory> Categories =
    [
        new("Medicines", "medicines", [new("Diuretics", "water pills"), new("Statins", "medicines that lower cholesterol")]),
        new("Body chemistry", "metabolic", [
            new("Hyperthyroidism", "overactive thyroid"),
            new("Hypothyroidism", "underactive thyroid"),
            new("Addison's disease", null),
        ]),
    ];

    private static List<string> Names(string? query) =>
        ConditionFilter.Apply(Categories, query).SelectMany(c => c.Conditions).Select(c => c.Name).ToList();

    [Fact]
    public void Plain_language_names_find_their_conditions()
    {
        Assert.Equal(["Hyperthyroidism", "Hypothyroidism"], Names("thyroid"));
        Assert.Equal(["Diuretics"], Names("water pills"));
    }

    [Fact]
    public void Case_accents_and_apostrophes_are_ignored()
    {
        Assert.Equal(["Diuretics"], Names("DIURÉTICS"));
        Assert.Equal(["Addison's disease"], Names("addisons"));
    }

    [Fact]
    public void Categories_with_no_match_are_left_out_and_an_empty_query_shows_everything()
    {
        var result = ConditionFilter.Apply(Categories, "statins");

        Assert.Equal(["Medicines"], result.Select(c => c.Name));
        Assert.Equal(5, Names("  ").Count);
        Assert.Empty(Names("zebra"));
    }
}
