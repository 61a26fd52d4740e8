namespace NightLegCramps.Web.Feedback;

/// <summary>What a reader can tick after answering "No". The value is what the form sends and what is stored.</summary>
public static class FeedbackReasons
{
    public const string HardToUnderstand = "hard-to-understand";
    public const string MissingSomething = "missing-something";
    public const string LooksWrong = "looks-wrong";
    public const string Other = "other";

    /// <summary>In the order the form and the report show them.</summary>
    public static IReadOnlyList<string> All { get; } = [HardToUnderstand, MissingSomething, LooksWrong, Other];

    public static IEnumerable<string> Split(string? stored) =>
        string.IsNullOrEmpty(stored) ? [] : stored.Split(',', StringSplitOptions.RemoveEmptyEntries);
}
