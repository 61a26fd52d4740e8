using NightLegCramps.Content.Checking;
using NightLegCramps.Content.Tests.Testing;
using NightLegCramps.Content.Topics;

namespace NightLegCramps.Content.Tests.Languages;

/// <summary>What the checker says about translations: the page they name, their sections and their review dates.</summary>
public class TranslationCheckTests
{
    private readonly Dictionary<string, FindingList> _findings = [];

    private static Topic Page(string file, string slug, string body, string extraFront = "", string reviewed = "2026-01-10")
    {
        var front = SamplePage.FrontMatter(slug).Replace("lastReviewed: 2026-01-10", "lastReviewed: " + reviewed, StringComparison.Ordinal) + extraFront;
        var loaded = SamplePage.Load(SamplePage.Markdown(front, body), file: file);
        return loaded.Topic ?? throw new InvalidOperationException(string.Join("\n", loaded.Findings));
    }

    private static Topic Relief(string reviewed = "2026-01-10") =>
        Page("relief.md", "relief", "## What to try {#what-to-try}\n\nStretch.\n\n## When to get help {#when-to-get-help}\n\nSee a doctor.\n", reviewed: reviewed);

    private static Topic Alivio(string body = "## Qué probar {#what-to-try}\n\nEstire.\n\n## Cuándo pedir ayuda {#when-to-get-help}\n\nVea a un médico.\n",
        string translationOf = "relief", string reviewed = "2026-01-10", string file = "es/alivio.md") =>
        Page(file, "alivio", body, $"translationOf: {translationOf}\n", reviewed);

    private IReadOnlyList<Topic> Check(params Topic[] pages) =>
        SiteChecks.Run(pages, file => _findings.TryGetValue(file, out var list) ? list : _findings[file] = new FindingList(file), TestSite.Languages, TestSite.Reserved);

    private List<string> Findings => _findings.Values.SelectMany(f => f.Items).Select(f => f.ToString()).ToList();

    [Fact]
    public void A_translation_with_every_section_of_its_source_passes_and_is_served_under_its_language()
    {
        var published = Check(Relief(), Alivio());

        Assert.Empty(Findings);
        Assert.Equal(["/relief", "/es/alivio"], published.Select(t => t.Path));
    }

    [Fact]
    public void A_translation_of_no_page_is_an_error_on_its_translationOf_line()
    {
        Check(Relief(), Alivio(translationOf: "releif"));

        // Line 8: the sample front matter holds lines 2 to 7, and translationOf follows it.
        Assert.Contains("es/alivio.md:8: error: translationOf 'releif' names no page. Pages: relief.", Findings);
    }

    [Fact]
    public void An_English_page_with_no_translation_is_a_warning_that_names_it_once_the_language_has_pages()
    {
        Check(Relief(), Page("prevention.md", "prevention", "Drink water.\n"), Alivio());

        var warning = Assert.Single(Findings);
        Assert.StartsWith("prevention.md:4: warning: 'prevention' has no Spanish translation.", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void A_language_with_no_pages_yet_does_not_list_every_page_as_missing()
    {
        Check(Relief(), Page("prevention.md", "prevention", "Drink water.\n"));

        Assert.Empty(Findings);
    }

    [Fact]
    public void An_English_page_reviewed_after_its_translation_is_a_warning_with_both_dates()
    {
        Check(Relief(reviewed: "2027-01-10"), Alivio(reviewed: "2026-11-20"));

        var warning = Assert.Single(Findings);
        Assert.Contains("es/alivio.md:6: warning: the Spanish translation of relief may be out of date: English reviewed 2027-01-10, translation 2026-11-20.", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void A_section_of_the_source_missing_from_the_translation_is_an_error_that_names_it()
    {
        Check(Relief(), Alivio(body: "## Qué probar {#que-probar}\n\nEstire.\n\n## Cuándo pedir ayuda {#when-to-get-help}\n\nVea a un médico.\n"));

        var error = Assert.Single(Findings);
        Assert.StartsWith("es/alivio.md:8: error: sections of relief.md missing here: #what-to-try.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_translation_of_one_page_into_one_language_is_left_out()
    {
        var published = Check(Relief(), Alivio(), Alivio(file: "es/alivio-2.md") with { Slug = "alivio-dos" });

        Assert.Contains("es/alivio-2.md:8: error: es/alivio.md already translates 'relief'; this page is left out until one of them changes.", Findings);
        Assert.Equal(["/relief", "/es/alivio"], published.Select(t => t.Path));
    }

    [Fact]
    public void Slugs_are_unique_within_a_language_so_a_translation_may_keep_the_English_slug()
    {
        var published = Check(Relief(), Page("es/relief.md", "relief", "## Qué probar {#what-to-try}\n\nEstire.\n\n## Ayuda {#when-to-get-help}\n\nVea.\n", "translationOf: relief\n"));

        Assert.Empty(Findings);
        Assert.Equal(["/relief", "/es/relief"], published.Select(t => t.Path));
    }

    [Fact]
    public void A_language_code_is_reserved_as_a_slug_in_the_default_language()
    {
        Check(Page("es.md", "es", "Text.\n"));

        Assert.Contains(Findings, f => f.StartsWith("es.md:4: error: slug 'es' is an address the site itself uses", StringComparison.Ordinal));
    }

    [Fact]
    public void Links_between_languages_are_checked_by_address()
    {
        Check(Relief(), Alivio(body: "## Qué probar {#what-to-try}\n\nVea [la versión en inglés](/relief#what-to-try) y [nada](/es/nada).\n\n## Ayuda {#when-to-get-help}\n\n[Hoja](/es/handout).\n"));

        var error = Assert.Single(Findings);
        Assert.Contains("link to '/es/nada' points to no page. Pages: /es/alivio.", error, StringComparison.Ordinal);
    }
}
