using NightLegCramps.Content.Rendering;

namespace NightLegCramps.Content.Tests.Rendering;

/// <summary>Runs every example in Rendering/Specs/*.md through the site's one Markdig pipeline.</summary>
public sealed class RenderingSpecTests
{
    private static readonly string SpecFolder = Path.Combine(AppContext.BaseDirectory, "Rendering", "Specs");

    public static TheoryData<SpecExample> Examples => new(SpecFile.ReadAll(SpecFolder));

    [Theory]
    [MemberData(nameof(Examples))]
    public void Renders_as_the_spec_says(SpecExample example)
    {
        var markdown = SiteMarkdown.Shared;

        var html = markdown.Render([markdown.Parse(example.Markdown)]);

        Assert.Equal(example.Html, html);
    }

    [Fact]
    public void Spec_files_hold_examples()
    {
        // Guards against a broken spec file silently running no examples.
        Assert.True(SpecFile.ReadAll(SpecFolder).Count() >= 15);
    }
}
