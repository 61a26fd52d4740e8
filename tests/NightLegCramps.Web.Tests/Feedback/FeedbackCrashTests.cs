using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.Data.Sqlite;
using Npgsql;
using NightLegCramps.Web.Tests.Deploying;

namespace NightLegCramps.Web.Tests.Feedback;

/// <summary>
/// A 303 promises that the answer is on disk. The published site, killed with SIGKILL (no shutdown, no flush)
/// in the middle of a burst of answers and started again on the same data folder, must hold every answer it
/// acknowledged. Answers cut off by the kill may or may not be there: nobody was told they were kept.
/// On SQLite (the default, one file in the data folder) and on PostgreSQL (the site is killed, not the database).
/// </summary>
[Collection(PublishedSite.Name)]
public sealed class FeedbackCrashTests(ReadmeDeployCommands published, PostgresServer postgres)
{
    private const int Posters = 8;

    /// <summary>Enough acknowledged answers before the kill that the burst is well under way.</summary>
    private const int AcknowledgedBeforeKill = 150;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(FeedbackStores.Sqlite)]
    [InlineData(FeedbackStores.Postgres)]
    public async Task Killed_mid_burst_the_site_keeps_every_answer_it_acknowledged(string provider)
    {
        Assert.SkipWhen(published.Published.ExitCode != 0,
            $"the published app could not be built ({published.Publish}):\n{published.Published.Output}{published.Published.Errors}");
        using var data = new TempFolder();
        var database = new Dictionary<string, string?> { ["Feedback:Database"] = data.PathOf("feedback.db") };
        foreach (var (key, value) in await FeedbackStores.SettingsAsync(provider, postgres)) database[key] = value;
        var port = StaticServer.FreePort();
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        var acknowledged = new ConcurrentBag<string>();
        var unexpected = new ConcurrentBag<string>();

        var site = Start(port, database);
        try
        {
            await WaitUntilServingAsync(client, site);
            var posters = Enumerable.Range(0, Posters).Select(p => PostUntilTheSiteDiesAsync(client, p, acknowledged, unexpected)).ToList();
            var clock = Stopwatch.StartNew();
            while (acknowledged.Count < AcknowledgedBeforeKill && clock.Elapsed < TimeSpan.FromSeconds(90) && !posters.All(p => p.IsCompleted))
            {
                await Task.Delay(10, Cancel);
            }
            Assert.All(posters, p => Assert.False(p.IsCompleted, "a poster stopped before the kill: " + string.Join("; ", unexpected)));

            site.Kill(); // SIGKILL on Linux: the same as kill -9
            await site.WaitForExitAsync(Cancel);
            await Task.WhenAll(posters);
        }
        finally
        {
            if (!site.HasExited) site.Kill();
            site.Dispose();
        }
        Assert.Empty(unexpected);
        Assert.True(acknowledged.Count >= AcknowledgedBeforeKill, $"only {acknowledged.Count} answers acknowledged in 90 s");

        var restarted = Start(port, database);
        try
        {
            await WaitUntilServingAsync(client, restarted);
            using var after = await client.PostFeedbackAsync(Answer("after the restart"), $"http://127.0.0.1:{port}");
            Assert.Equal(HttpStatusCode.SeeOther, after.StatusCode);

            var stored = await StoredCommentsAsync(database);
            var lost = acknowledged.Except(stored).ToList();
            TestContext.Current.TestOutputHelper?.WriteLine(
                $"{acknowledged.Count} answers acknowledged before kill -9; {stored.Count - 1} stored; {lost.Count} acknowledged answers lost");
            Assert.True(lost.Count == 0, $"{lost.Count} of {acknowledged.Count} acknowledged answers lost, e.g. {string.Join(", ", lost.Take(5))}");
            Assert.Contains("after the restart", stored);
        }
        finally
        {
            restarted.Kill();
            await restarted.WaitForExitAsync(Cancel);
            restarted.Dispose();
        }
    }

    /// <summary>The published site on the test's content and database, as the README starts it (exec: this process is the site).</summary>
    private Process Start(int port, Dictionary<string, string?> database) => published.StartInBackground(
        $"cd out && exec env Site__BaseUrl=http://127.0.0.1:{port} ASPNETCORE_URLS=http://127.0.0.1:{port} " +
        $"Content__Path='{SiteFactory.FixtureContent}' Feedback__PostsPerMinute=1000000 " +
        string.Concat(database.Select(s => $"{s.Key.Replace(":", "__", StringComparison.Ordinal)}='{s.Value}' ")) + "./NightLegCramps.Web");

    private static async Task WaitUntilServingAsync(HttpClient client, Process site)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            Assert.False(site.HasExited, $"the site exited with {(site.HasExited ? site.ExitCode : 0)}");
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), "the site did not answer within 60 s");
            try
            {
                using var ready = await client.GetAsync("/readyz", Cancel);
                if (ready.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(50, Cancel);
        }
    }

    /// <summary>Posts answers one after another, each with its own comment, until the site stops answering.</summary>
    private static async Task PostUntilTheSiteDiesAsync(HttpClient client, int poster, ConcurrentBag<string> acknowledged, ConcurrentBag<string> unexpected)
    {
        await Task.Yield();
        for (var n = 0; ; n++)
        {
            var comment = $"crash answer {poster}x{n}";
            try
            {
                using var response = await client.PostFeedbackAsync(Answer(comment), client.BaseAddress!.GetLeftPart(UriPartial.Authority));
                if (response.StatusCode == HttpStatusCode.SeeOther) acknowledged.Add(comment);
                else unexpected.Add($"{comment}: {(int)response.StatusCode}");
            }
            catch (HttpRequestException)
            {
                return; // the site is gone: this answer was never acknowledged
            }
        }
    }

    private static KeyValuePair<string, string>[] Answer(string comment) =>
        FeedbackPosts.Fields(("page", "relief"), ("lang", "en"), ("reason", "other"), ("comment", comment));

    private static async Task<HashSet<string>> StoredCommentsAsync(Dictionary<string, string?> database)
    {
        await using System.Data.Common.DbConnection connection = database.GetValueOrDefault("ConnectionStrings:Feedback") is { } postgres
            ? new NpgsqlConnection(postgres)
            : new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database["Feedback:Database"], DefaultTimeout = 10 }.ToString());
        await connection.OpenAsync(Cancel);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"Comment\" FROM feedback WHERE \"Comment\" IS NOT NULL";
        var comments = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(Cancel);
        while (await reader.ReadAsync(Cancel)) comments.Add(reader.GetString(0));
        return comments;
    }
}
