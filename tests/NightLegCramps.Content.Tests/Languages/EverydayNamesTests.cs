using NightLegCramps.Content.Conditions;
using NightLegCramps.Content.Loading;
using NightLegCramps.Content.Tests.Testing;

namespace NightLegCramps.Content.Tests.Languages;

/// <summary>
/// The Spanish conditions list finds its entries by the words Spanish readers use, from its own words file
/// (<c>es/afecciones.words.yml</c>): the same mechanism as English, with data per language.
/// </summary>
public class EverydayNamesTests
{
    private const string List = "## Medicinas {#medicines}\n\n- Diuréticos\n- Estatinas (medicinas que bajan el colesterol)\n\n## Química del cuerpo {#metabolic}\n\n- Hipertiroidismo (tiroides muy activa)\n";

    private const string Words = "Diuréticos: [pastillas para orinar, pastillas de agua]\n";

    private static IReadOnlyList<ConditionCategory> Categories()
    {
        var markdown = SamplePage.Markdown(SamplePage.FrontMatter("afecciones") + "layout: conditions\n", List);
        var loaded = new TopicLoader(new ContentSettings()).Parse(PageSource.Of(System.Text.Encoding.UTF8.GetBytes(markdown), System.Text.Encoding.UTF8.GetBytes(Words), []), "es/afecciones.md");
        Assert.Empty(loaded.Findings);
        return loaded.Topic!.Conditions!.Categories;
    }

    [Theory]
    [InlineData("pastillas para orinar", "Diuréticos")]
    [InlineData("PASTILLAS de agua", "Diuréticos")]
    [InlineData("TIROIDES", "Hipertiroidismo")]
    [InlineData("tiroides", "Hipertiroidismo")]
    [InlineData("colesterol", "Estatinas")]
    [InlineData("diureticos", "Diuréticos")]
    public void The_filter_finds_an_entry_by_an_everyday_name_ignoring_case_and_accents(string query, string entry)
    {
        var found = ConditionFilter.Apply(Categories(), query);

        Assert.Equal([entry], found.SelectMany(c => c.Conditions).Select(c => c.Name));
    }

    [Fact]
    public void Everyday_names_are_found_but_not_shown()
    {
        var diuretics = Categories()[0].Conditions[0];

        Assert.Equal("Diuréticos", diuretics.DisplayName);
        Assert.Equal(["pastillas para orinar", "pastillas de agua"], diuretics.EverydayNames);
    }
}
