using NightLegCramps.Content.Loading;
using NightLegCramps.Content.Tests.Testing;
using NightLegCramps.Content.Topics;

namespace NightLegCramps.Content.Tests.Rendering.SafeAttributes;

/// <summary>Generic attributes may name a section and do nothing else; anything more is dropped and reported.</summary>
public sealed class SafeAttributeTests
{
    private static LoadedFile Load(string body) => SamplePage.Load(SamplePage.Markdown(body: body));

    private static Topic Rendered(string body) => Load(body).Topic ?? throw new InvalidOperationException("page did not render");

    [Fact]
    public void A_section_name_after_a_heading_sets_its_id()
    {
        var file = Load("## What to try {#what-to-try}\n\nText.");

        Assert.Contains("<h2 id=\"what-to-try\">", file.Topic!.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(file.Findings, f => f.IsError);
    }

    [Theory]
    [InlineData("## Heading {onclick=\"alert(1)\"}", "onclick")]
    [InlineData("## Heading {style=\"color:red\"}", "style")]
    [InlineData("## Heading {#x\" onmouseover=\"alert(1)\"}", "onmouseover")]
    [InlineData("## Heading {.callout-urgent}", "callout-urgent")]
    [InlineData("Some text {href=\"javascript:alert(1)\"}", "javascript")]
    [InlineData("[A link](/relief){onclick=\"alert(1)\"}", "onclick")]
    [InlineData("*word*{onmouseover=alert(1)}", "onmouseover")]
    [InlineData("```text {onclick=alert(1)}\ncode\n```", "onclick")]
    [InlineData("## Heading {#Not_A_Section}", "Not_A_Section")]
    public void Any_other_attribute_is_dropped_and_reported_on_its_line(string markdown, string leftOver)
    {
        var before = "---\n" + SamplePage.FrontMatter() + "---\n\n" + "Intro.\n\n"; // what Markdown() puts before the line
        var file = Load("Intro.\n\n" + markdown);

        Assert.NotNull(file.Topic);
        Assert.DoesNotContain(leftOver, file.Topic.Html, StringComparison.Ordinal);
        var error = Assert.Single(file.Findings, f => f.IsError);
        Assert.Equal(before.Count(c => c == '\n') + 1, error.Line);
        Assert.Contains("attributes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_heading_keeps_its_automatic_id_when_its_attributes_are_refused()
    {
        var html = Rendered("## Cramp relief {onclick=alert(1)}").Html;

        Assert.Contains("<h2 id=\"cramp-relief\">", html, StringComparison.Ordinal);
    }
}
