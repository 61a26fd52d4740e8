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
            new("Chronic kidney disease", null, ["kidney failure"]),
        ]),
        new("Other", "other", [new("Pregnancy", null, ["expecting a baby"]), new("Type 2 diabetes", null), new("Anemia", null)]),
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
    public void Only_the_first_hundred_characters_of_a_query_are_read()
    {
        // A made-up query thousands of letters long must cost no more than a real one: what follows the first
        // 100 characters is not read, so it can neither narrow the list nor be compared with every name on it.
        var padded = "diabetes" + new string(' ', ConditionFilter.MaxQueryLength);

        Assert.Equal(["Type 2 diabetes"], Names(padded + "zzzz"));
        Assert.Empty(Names("diabetes zzzz"));
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
        Assert.Equal(9, Names("  ").Count);
        Assert.Empty(Names("zebra"));
    }

    [Theory]
    [InlineData("pregnant", "Pregnancy")] // one stem: pregnan-t, pregnan-cy
    [InlineData("diabetic", "Type 2 diabetes")]
    [InlineData("kidneys", "Chronic kidney disease")]
    [InlineData("Kidney Failure", "Chronic kidney disease")] // a word from the words file
    [InlineData("expecting", "Pregnancy")]
    public void Word_stems_and_the_words_file_find_their_entry(string query, string entry)
    {
        Assert.Equal([entry], Names(query));
    }

    [Fact]
    public void Short_or_different_starts_are_not_one_stem()
    {
        // "hyper" and "hypo" share only "hyp": a search for one must not bring the other.
        Assert.Equal(["Hyperthyroidism"], Names("hyperthyroid"));
        Assert.Empty(Names("pregnable disease"));
    }

    [Fact]
    public void Nothing_found_suggests_the_closest_entries_nearest_first()
    {
        var all = Categories.SelectMany(c => c.Conditions);

        // Misspelt early in the word, so no stem matches ("diabet-es" would): only the edit distance finds them.
        Assert.Empty(Names("diabites"));
        Assert.Equal(["Type 2 diabetes"], ConditionFilter.Closest(all, "diabites").Select(c => c.Name));
        Assert.Equal("Anemia", ConditionFilter.Closest(all, "aneamia")[0].Name);
        Assert.Empty(ConditionFilter.Closest(all, "xyzzy"));
    }
}
