namespace NightLegCramps.Content.Topics;

/// <summary>When a page was last checked by a reviewer, and when it must be checked again.</summary>
internal sealed record ReviewDate(DateOnly LastReviewed, DateOnly NextReview)
{
    public bool IsOverdue(DateOnly today) => NextReview < today;
}
