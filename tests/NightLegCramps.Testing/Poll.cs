using System.Diagnostics;

namespace NightLegCramps.Testing;

/// <summary>Waits for something the site does in the background (a reload), checking often, never sleeping a fixed time.</summary>
public static class Poll
{
    public static async Task UntilAsync(Func<bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < LiveSite.Deadline, $"timed out after {LiveSite.Deadline.TotalSeconds} s waiting for {what}");
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
    }
}
