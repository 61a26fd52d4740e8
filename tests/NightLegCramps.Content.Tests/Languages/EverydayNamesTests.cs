using NightLegCramps.Content.Conditions;
using NightLegCramps.Content.Tests.Testing;

namespace NightLegCramps.Content.Tests.Languages;

/// <summary>Everyday names for entries of the conditions list, given beside it in its front matter, in any language.</summary>
public class EverydayNamesTests
{
    private const string List = "## Medicinas {#medicines}\n\n- Diuréticos\n- Estatinas (medicinas que bajan el colesterol)\n\n## Química del cuerpo {#metabolic}\n\n- Hipertiroidismo (tiroides muy activa)\n";

    private static string Front(string everydayNames) =>
        SamplePage.FrontMatter("afecciones") + "layout: conditions\n" + everydayNames;

    [Theory]
    [InlineData("pastillas para orinar", "Diuréticos")]
    [InlineData("PASTILLAS de agua", "Diuréticos")]
    [InlineData("TIROIDES", "Hipertiroidismo")]
    [InlineData("tiroides", "Hipertiroidismo")]
    [InlineData("colesterol", "Estatinas")]
    [InlineData("diureticos", "Diuréticos")]
    public void The_filter_finds_an_entry_by_an_everyday_name_ignoring_case_and_accents(string query, string entry)
    {
        var loaded = SamplePage.Load(SamplePage.Markdown(Front("everydayNames:\n  Diuréticos: [pastillas para orinar, pastillas de agua]\n"), List), file: "es/afecciones.md");

        var found = ConditionFilter.Apply(loaded.Topic!.Conditions!.Categories, query);
        Assert.Equal([entry], found.SelectMany(c => c.Conditions).Select(c => c.Name));
    }

    [Fact]
    public void Everyday_names_are_found_but_not_shown()
    {
        var loaded = SamplePage.Load(SamplePage.Markdown(Front("everydayNames:\n  Diuréticos: [pastillas para orinar]\n"), List), file: "es/afecciones.md");

        var diuretics = loaded.Topic!.Conditions!.Categories[0].Conditions[0];
        Assert.Equal("Diuréticos", diuretics.DisplayName);
        Assert.Equal(["pastillas para orinar"], diuretics.EverydayNames);
    }

    [Fact]
    public void An_everyday_name_for_an_entry_not_in_the_list_is_an_error_on_its_line()
    {
        var loaded = SamplePage.Load(SamplePage.Markdown(Front("everydayNames:\n  Diureticos: [pastillas para orinar]\n"), List), file: "es/afecciones.md");

        var error = Assert.Single(loaded.Errors());
        Assert.Equal(10, error.Line); // the sample front matter ends on line 7; layout is line 8, everydayNames 9
        Assert.Contains("everydayNames: 'Diureticos' is not an entry of this list", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Everyday_names_on_a_page_that_is_not_the_conditions_list_are_a_warning()
    {
        var loaded = SamplePage.Load(SamplePage.Markdown(SamplePage.FrontMatter() + "everydayNames:\n  Diuretics: [water pills]\n"));

        var warning = Assert.Single(loaded.Warnings());
        Assert.Contains("everydayNames is read only on the conditions page", warning.Message, StringComparison.Ordinal);
    }
}
