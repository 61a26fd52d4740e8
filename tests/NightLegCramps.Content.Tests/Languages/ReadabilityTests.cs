using NightLegCramps.Content.Loading;
using NightLegCramps.Content.Readability;
using NightLegCramps.Content.Tests.Testing;

namespace NightLegCramps.Content.Tests.Languages;

/// <summary>Each language is measured with its own formula: Flesch–Kincaid grade for English, INFLESZ for Spanish.</summary>
public class ReadabilityTests
{
    [Theory]
    [InlineData("casa", 2)]
    [InlineData("calambre", 3)]
    [InlineData("pierna", 2)]      // ie: one syllable (diphthong)
    [InlineData("cuando", 2)]      // ua
    [InlineData("día", 2)]         // í breaks the pair
    [InlineData("leer", 2)]        // two strong vowels
    [InlineData("que", 1)]         // silent u
    [InlineData("hoy", 1)]         // final y closes a diphthong
    [InlineData("músculo", 3)]
    [InlineData("médico", 3)]
    [InlineData("aliviar", 3)]     // a-li-viar
    [InlineData("enfermedad", 4)]
    public void Spanish_syllables_are_counted_by_vowel_nuclei(string word, int syllables) =>
        Assert.Equal(syllables, SpanishSyllables.Count(word));

    [Fact]
    public void Plain_Spanish_scores_above_65_on_INFLESZ_and_hard_Spanish_below()
    {
        var settings = new ContentSettings();
        var plain = ReadingLevel.Of(["Estire el músculo. Camine un poco. Tome agua."], "es", settings)!;
        var hard = ReadingLevel.Of(["La sintomatología nocturna de carácter espasmódico constituye una manifestación clínica frecuentemente asociada a determinadas enfermedades metabólicas y cardiovasculares concomitantes."], "es", settings)!;

        Assert.Equal("Szigriszt-Pazos INFLESZ", plain.Formula);
        Assert.True(plain.Score >= 65 && plain.MeetsTarget, $"plain scored {plain.Score}");
        Assert.True(hard.Score < 65 && !hard.MeetsTarget, $"hard scored {hard.Score}");
    }

    [Fact]
    public void A_hard_Spanish_page_gets_the_INFLESZ_warning_and_never_the_English_grade()
    {
        const string hard = "La sintomatología nocturna de carácter espasmódico constituye una manifestación clínica frecuentemente asociada a determinadas enfermedades metabólicas y cardiovasculares concomitantes.\n";
        var loaded = SamplePage.Load(SamplePage.Markdown(body: hard), file: "es/pagina.md");

        var warning = Assert.Single(loaded.Warnings());
        Assert.Matches(@"^Spanish reading score \d+\.\d \(INFLESZ, Szigriszt-Pazos\) is below the target of 65", warning.Message);
        Assert.DoesNotContain(loaded.Findings, f => f.Message.Contains("reading grade", StringComparison.Ordinal));
    }

    [Fact]
    public void Plain_Spanish_that_the_English_formula_would_grade_as_hard_passes()
    {
        // Long Spanish words count many syllables by English rules, but INFLESZ is made for them.
        const string body = "Los calambres nocturnos duelen. Suelen pasar en la pantorrilla. Estire la pierna con cuidado. Después camine un poco.\n";
        var english = ProseStats.Measure([body]).Grade;
        var loaded = SamplePage.Load(SamplePage.Markdown(body: body), file: "es/pagina.md");

        Assert.True(english > new ContentSettings().MaxReadingGrade, $"English grade {english}");
        Assert.Empty(loaded.Findings);
        Assert.Equal("Szigriszt-Pazos INFLESZ", loaded.Topic!.Reading!.Formula);
    }

    [Fact]
    public void A_language_without_a_formula_is_not_measured()
    {
        var settings = new ContentSettings { Languages = "en,es,fr" };
        var loaded = SamplePage.Load(SamplePage.Markdown(body: "Une phrase très longue et compliquée, pleine de mots savants et de propositions subordonnées qui n'en finissent jamais de se succéder les unes aux autres.\n"), settings, "fr/page.md");

        Assert.Empty(loaded.Findings);
        Assert.Null(loaded.Topic!.Reading);
        Assert.Equal("/fr/sample", loaded.Topic.Path);
    }
}
