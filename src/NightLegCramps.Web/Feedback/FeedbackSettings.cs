namespace NightLegCramps.Web.Feedback;

/// <summary>The "Is this page useful?" question and where answers are kept. Bound from the "Feedback" section.</summary>
public sealed class FeedbackSettings
{
    public const string SectionName = "Feedback";

    /// <summary>The largest body a feedback post may have; anything bigger gets 413 before it is read.</summary>
    public const int MaxBodyBytes = 4 * 1024;

    /// <summary>The longest comment a reader may send, in characters.</summary>
    public const int MaxCommentLength = 1000;

    /// <summary>Show the question on every page and accept answers. The static export turns it off (it has no server to post to).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary><c>Sqlite</c> (one instance, nothing to install) or <c>Postgres</c> (several instances share it).</summary>
    public FeedbackProvider Provider { get; set; } = FeedbackProvider.Sqlite;

    /// <summary>The SQLite file, relative to the content root (the published folder, or the project folder under <c>dotnet run</c>).</summary>
    public string Database { get; set; } = "data/feedback.db";

    /// <summary>Answers older than this many days are deleted, once a day.</summary>
    public int RetentionDays { get; set; } = 365;

    /// <summary>How many answers one client address may send in a minute before it gets 429.</summary>
    public int PostsPerMinute { get; set; } = 10;

    /// <summary>
    /// Bring the database schema up to date when the site starts. Turn it off to run the <c>migrate</c>
    /// command as a deploy step instead (docs/deploying.md).
    /// </summary>
    public bool MigrateAtStart { get; set; } = true;
}

public enum FeedbackProvider
{
    Sqlite,
    Postgres,
}
