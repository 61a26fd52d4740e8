namespace NightLegCramps.Web.Feedback;

/// <summary>
/// Every word the feedback question and its replies show, in one place per language, so a translation is one
/// more instance of this record. Plain words, for a reader on a phone at night.
/// </summary>
public sealed record FeedbackText
{
    /// <summary>The language's code, for <c>lang</c> attributes: <c>en</c>.</summary>
    public required string Language { get; init; }
    public required string Question { get; init; }
    public required string Yes { get; init; }
    public required string No { get; init; }
    public required string Thanks { get; init; }
    public required string MoreHeading { get; init; }
    public required string ReasonsHint { get; init; }
    public required IReadOnlyDictionary<string, string> Reasons { get; init; }
    public required string CommentLabel { get; init; }
    public required string CommentHint { get; init; }
    public required string Send { get; init; }
    public required string TrapLabel { get; init; }
    public required string BackToPage { get; init; }
    public required string NotSavedTitle { get; init; }
    public required string NotSaved { get; init; }
    public required string TooManyTitle { get; init; }
    public required string TooMany { get; init; }
    public required string RefusedTitle { get; init; }
    public required string Refused { get; init; }
    public required string TooLongTitle { get; init; }
    public required string TooLong { get; init; }

    public static FeedbackText English { get; } = new()
    {
        Language = "en",
        Question = "Is this page useful?",
        Yes = "Yes",
        No = "No",
        Thanks = "Thank you. Your answer helps us make these pages better.",
        MoreHeading = "What was wrong with this page?",
        ReasonsHint = "Tick any that fit. This is optional.",
        Reasons = new Dictionary<string, string>
        {
            [FeedbackReasons.HardToUnderstand] = "It was hard to understand",
            [FeedbackReasons.MissingSomething] = "Something I needed was missing",
            [FeedbackReasons.LooksWrong] = "Something looks wrong",
            [FeedbackReasons.Other] = "Something else",
        },
        CommentLabel = "Tell us more (optional)",
        CommentHint = "Please do not write your name, contact details or anything about your own health. We cannot reply. Up to 1,000 characters.",
        Send = "Send",
        TrapLabel = "Leave this box empty",
        BackToPage = "Go back to the page",
        NotSavedTitle = "We could not save your answer",
        NotSaved = "Sorry, we could not save your answer just now. Please try again later.",
        TooManyTitle = "Too many answers",
        TooMany = "We have had a lot of answers from your connection in the last minute. Please wait a minute and try again.",
        RefusedTitle = "We could not take this answer",
        Refused = "This answer did not come from a page on this site, or it was not complete, so we did not save it.",
        TooLongTitle = "Your answer is too long",
        TooLong = "Please keep your comment to 1,000 characters and try again.",
    };

    /// <summary>The words for a page's language; English until a language has its own.</summary>
    public static FeedbackText For(string language) => English;
}
