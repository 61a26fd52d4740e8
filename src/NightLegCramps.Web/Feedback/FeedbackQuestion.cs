namespace NightLegCramps.Web.Feedback;

/// <summary>What the question at a page's foot needs to know: which page it is about, in which language.</summary>
public sealed record FeedbackQuestion(string Slug, string Language)
{
    public FeedbackText Text => FeedbackText.For(Language);

    public static FeedbackQuestion For(NightLegCramps.Content.Topics.Topic topic) => new(topic.Slug, "en");
}
