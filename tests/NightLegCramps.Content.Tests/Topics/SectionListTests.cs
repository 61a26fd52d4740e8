using NightLegCramps.Content.Tests.Testing;

namespace NightLegCramps.Content.Tests.Topics;

public class SectionListTests
{
    [Fact]
    public void Two_sections_with_the_same_address_are_an_error_on_the_second()
    {
        var loaded = SamplePage.Load(SamplePage.Markdown(body: "## Stretch {#stretch}\n\nText.\n\n## Stretch again {#stretch}\n\nMore.\n"));

        var error = Assert.Single(loaded.Errors());
        Assert.Equal(14, error.Line);
        Assert.Contains("'#stretch' is already used on line 10", error.Message, StringComparison.Ordinal);
        Assert.Single(loaded.Topic!.Sections);
    }

    [Fact]
    public void Headings_with_the_same_words_get_their_own_addresses_without_an_error()
    {
        var loaded = SamplePage.Load(SamplePage.Markdown(body: "## What to do\n\nText.\n\n## What to do\n\nMore.\n"));

        Assert.Empty(loaded.Findings);
        Assert.Equal(2, loaded.Topic!.Sections.Select(s => s.Anchor).Distinct().Count());
    }
}
