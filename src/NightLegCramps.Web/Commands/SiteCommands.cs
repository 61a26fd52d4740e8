namespace NightLegCramps.Web.Commands;

/// <summary>Commands that run instead of the web server: <c>dotnet run --project src/NightLegCramps.Web -- NAME ...</c>.</summary>
public static class SiteCommands
{
    /// <returns>The exit code, or null when the arguments name no command and the site should start.</returns>
    public static int? TryRun(string[] args) => args switch
    {
        ["check-content", .. var rest] => CheckContentCommand.Run(rest),
        ["feedback-report", .. var rest] => Feedback.FeedbackReportCommand.Run(rest),
        ["migrate", .. var rest] => Feedback.MigrateCommand.Run(rest),
        _ => null,
    };
}
