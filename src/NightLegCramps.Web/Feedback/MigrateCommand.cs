namespace NightLegCramps.Web.Feedback;

/// <summary>
/// <c>migrate</c>: brings the feedback database's schema up to date and exits. For deployments that run
/// schema changes as a step of their own, with <c>Feedback:MigrateAtStart=false</c> (docs/deploying.md).
/// </summary>
public static class MigrateCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        using var host = FeedbackCommandHost.Open(args);
        try
        {
            await host.Database.MigrateAsync(CancellationToken.None);
            Console.WriteLine($"migrate: feedback database up to date ({host.Database.Description})");
            return 0;
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"migrate: could not update {host.Database.Description}: {e.GetBaseException().Message}");
            return 1;
        }
    }
}
