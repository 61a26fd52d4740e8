using NightLegCramps.Web.Feedback;

namespace NightLegCramps.Web.Tests.Feedback;

public sealed class CommentScrubberTests
{
    [Theory]
    [InlineData("Email me at jo.bloggs+cramps@example.co.uk please", "Email me at [removed] please")]
    [InlineData("write to jo (at) example (dot) com", "write to [removed]")]
    [InlineData("call 07700 900123 after six", "call [removed] after six")]
    [InlineData("ring +44 (0)20 7946 0958 or 020-7946-0958", "ring [removed] or [removed]")]
    [InlineData("my number is 555.123.4567", "my number is [removed]")]
    [InlineData("hospital number 48213377", "hospital number [removed]")]
    public void Contact_details_and_long_numbers_become_removed(string comment, string stored) =>
        Assert.Equal(stored, CommentScrubber.Scrub(comment));

    [Theory]
    [InlineData("The cramps last 10 - 15 minutes, 2 or 3 times a week.")]
    [InlineData("Step 4 of the stretch was hard to follow (see 2025 notes).")]
    public void Ordinary_numbers_are_kept(string comment) =>
        Assert.Equal(comment, CommentScrubber.Scrub(comment));
}
