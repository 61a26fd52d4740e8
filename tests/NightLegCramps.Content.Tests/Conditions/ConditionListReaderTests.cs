using NightLegCramps.Content.Loading;
using NightLegCramps.Content.Tests.Testing;

namespace NightLegCramps.Content.Tests.Conditions;

public sealed class ConditionListReaderTests
{
    private static string ConditionsPage(string body) =>
        SamplePage.Markdown(SamplePage.FrontMatter("conditions") + "layout: conditions\n", "Most people have none of these.\n\n" + body);

    [Fact]
    public void Each_h2_becomes_a_category_with_its_conditions_in_order()
    {
        var loaded = SamplePage.Load(ConditionsPage("""
            ## Medicines {#medicines}

            - Diuretics (water pills)
            - Statins

            ## Other conditions {#other}

            A few more.

            - Pregnancy
            """));

        var page = Assert.IsType<NightLegCramps.Content.Conditions.ConditionsPage>(loaded.Topic?.Conditions);
        Assert.Equal(["Medicines", "Other conditions"], page.Categories.Select(c => c.Name));
        Assert.Equal(["medicines", "other"], page.Categories.Select(c => c.Anchor));
        var diuretics = page.Categories[0].Conditions[0];
        Assert.Equal(("Diuretics", "water pills"), (diuretics.Name, diuretics.PlainName));
        Assert.Null(page.Categories[0].Conditions[1].PlainName);
        Assert.Equal("A few more.", page.Categories[1].Description);
        Assert.Contains("Most people have none of these.", page.IntroHtml, StringComparison.Ordinal);
        Assert.Equal(3, page.Count);
    }

    [Fact]
    public void A_nested_list_is_reported_with_its_line_and_the_page_is_not_built()
    {
        var loaded = SamplePage.Load(ConditionsPage("""
            ## Medicines {#medicines}

            - Statins
              - simvastatin
            """));

        Assert.Null(loaded.Topic);
        var error = Assert.Single(loaded.Findings, f => f.IsError);
        Assert.Equal(15, error.Line); // the "- Statins" item that holds the nested list
        Assert.Contains("one line of plain text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_category_without_a_list_is_reported()
    {
        var loaded = SamplePage.Load(ConditionsPage("## Medicines {#medicines}\n\nJust words.\n"));

        Assert.Null(loaded.Topic);
        Assert.Contains(loaded.Findings, f => f.IsError && f.Message.Contains("'Medicines' has no bullet list", StringComparison.Ordinal));
    }

    [Fact]
    public void Extra_brackets_in_a_name_are_reported()
    {
        var loaded = SamplePage.Load(ConditionsPage("## Medicines {#medicines}\n\n- Pills (water) (blue)\n"));

        Assert.Contains(loaded.Findings, f => f.IsError && f.Message.Contains("one pair of brackets", StringComparison.Ordinal));
    }

    [Fact]
    public void The_real_conditions_page_has_27_entries_in_4_categories_each_once()
    {
        var path = Path.Combine(SiteFactory.FixtureContent, "conditions.md");
        var loaded = new TopicLoader(new ContentSettings()).Load(path, "conditions.md");

        var page = loaded.Topic?.Conditions;
        Assert.NotNull(page);
        Assert.Equal(["structural", "medicines", "metabolic", "other"], page.Categories.Select(c => c.Anchor));
        var names = page.Categories.SelectMany(c => c.Conditions).Select(c => c.Name).ToList();
        Assert.Equal(27, names.Count);
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void The_reading_grade_of_a_conditions_page_counts_its_sentences_not_the_names_of_conditions()
    {
        var loaded = SamplePage.Load(ConditionsPage("""
            ## Body chemistry {#metabolic}

            - Hyperthyroidism
            - Hypoglycemia
            - Peripheral neuropathy
            """));

        var topic = Assert.IsType<NightLegCramps.Content.Topics.Topic>(loaded.Topic);
        Assert.Equal(15, topic.Prose.Words); // the intro (6 words) and the notice (9), none of the 3 names
        Assert.DoesNotContain(loaded.Findings, f => f.Message.Contains("reading grade", StringComparison.Ordinal));
    }
}
