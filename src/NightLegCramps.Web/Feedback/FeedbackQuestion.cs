using NightLegCramps.Content.Topics;

namespace NightLegCramps.Web.Feedback;

/// <summary>What the question at a page's foot needs to know: which page it is about, in which language.</summary>
public sealed record FeedbackQuestion(string Slug, string Language)
{
    internal static FeedbackQuestion For(Topic topic) => new(topic.Slug, topic.Language);
}
