using NightLegCramps.Content.Loading;
using NightLegCramps.Content.Tests.Testing;

namespace NightLegCramps.Content.Tests.Checking;

/// <summary>
/// Markdown built to exhaust the server (deep nesting, long runs of markers) is refused with a clear
/// error and never throws or overflows the stack. Each input stays under the 1 MB file limit.
/// </summary>
public sealed class NestingDepthTests
{
    public static TheoryData<string, string> Hostile => new()
    {
        { "100 000 nested quotes", new string('>', 100_000) + " deep" },
        { "nested list markers", string.Concat(Enumerable.Repeat("- ", 100_000)) + "deep" },
        { "indented list ladder", string.Concat(Enumerable.Range(0, 40).Select(i => new string(' ', i * 2) + "- item\n")) },
        { "run of emphasis", new string('*', 300_000) + "x" + new string('*', 300_000) },
        { "alternating emphasis", string.Concat(Enumerable.Repeat("*_", 200_000)) + "x" + string.Concat(Enumerable.Repeat("_*", 200_000)) },
        { "nested links", string.Concat(Enumerable.Repeat("[", 50_000)) + "x" + string.Concat(Enumerable.Repeat("](/a)", 50_000)) },
        { "nested images", string.Concat(Enumerable.Repeat("![", 1_000)) + "x" + string.Concat(Enumerable.Repeat("](/a)", 1_000)) },
        { "emphasis in a heading", "## " + string.Concat(Enumerable.Repeat("*_", 100_000)) + "x" + string.Concat(Enumerable.Repeat("_*", 100_000)) },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Is_refused_with_an_error_and_no_crash(string name, string body)
    {
        var markdown = SamplePage.Markdown(body: body, notice: false);
        Assert.True(markdown.Length < new ContentSettings().MaxFileBytes, name);

        var file = SamplePage.Load(markdown);

        Assert.Null(file.Topic);
        var error = Assert.Single(file.Findings, f => f.IsError);
        Assert.Contains("nested", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_at_the_limit_still_renders()
    {
        var settings = new ContentSettings();
        var ladder = string.Concat(Enumerable.Range(0, settings.MaxNestingDepth / 2).Select(i => new string(' ', i * 4) + "- *item [with a **link**](/relief)*\n"));

        var file = SamplePage.Load(SamplePage.Markdown(body: ladder), settings);

        Assert.NotNull(file.Topic);
        Assert.DoesNotContain(file.Findings, f => f.IsError);
    }
}
