namespace NightLegCramps.Web.Feedback;

/// <summary>
/// One answer, exactly as stored. It says nothing about who sent it: no address, no browser, no cookie,
/// and only the hour it came in (enough to see a trend, too coarse to match against a server log).
/// </summary>
public sealed class FeedbackEntry
{
    public long Id { get; set; }

    /// <summary>The page's slug (<c>relief</c>; <c>home</c> for the home page).</summary>
    public string Page { get; set; } = "";

    /// <summary>The page's language, <c>en</c> or <c>es</c>.</summary>
    public string Language { get; set; } = "en";

    /// <summary>
    /// The first step's answer: yes or no. Null for the optional second step (what was wrong), which is a row
    /// of its own: with no cookie or token, nothing links the two steps to one reader, by design.
    /// </summary>
    public bool? Useful { get; set; }

    /// <summary>The reasons ticked in the second step, as their form values joined by commas (<see cref="FeedbackReasons"/>).</summary>
    public string? Reasons { get; set; }

    /// <summary>The comment from the second step, already scrubbed of contact details.</summary>
    public string? Comment { get; set; }

    /// <summary>The hour the answer came in, in UTC (minutes and seconds are always zero).</summary>
    public DateTime Hour { get; set; }

    public static DateTime HourOf(DateTimeOffset now)
    {
        var utc = now.UtcDateTime;
        return new DateTime(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, DateTimeKind.Utc);
    }
}
