namespace NightLegCramps.Content.Tests;

/// <summary>Counts in the checker's summary and the log agree with their nouns: "1 file", "2 files".</summary>
public class CountedTests
{
    [Theory]
    [InlineData(0, "warning", "0 warnings")]
    [InlineData(1, "warning", "1 warning")]
    [InlineData(2, "file", "2 files")]
    [InlineData(1, "more problem", "1 more problem")]
    [InlineData(1234, "page", "1,234 pages")]
    public void A_count_agrees_with_its_noun(int count, string noun, string expected) =>
        Assert.Equal(expected, Counted.Of(count, noun));
}
