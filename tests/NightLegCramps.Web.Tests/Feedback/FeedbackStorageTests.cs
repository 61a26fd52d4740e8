using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NightLegCramps.Web.Feedback;
using NightLegCramps.Testing;
using static NightLegCramps.Testing.FeedbackPosts;

namespace NightLegCramps.Web.Tests.Feedback;

/// <summary>The same storage behaviour on SQLite and on a real PostgreSQL server.</summary>
public sealed class FeedbackStorageTests(PostgresServer postgres)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<SiteFactory> SiteAsync(string provider, IDictionary<string, string?>? more = null, PostgresServer? server = null) =>
        new(SiteFactory.FixtureContent, "Production", await FeedbackStores.SettingsAsync(provider, server ?? postgres, more));

    [Theory]
    [InlineData(FeedbackStores.Sqlite)]
    [InlineData(FeedbackStores.Postgres)]
    public async Task Every_answer_acknowledged_with_303_is_in_the_database(string provider)
    {
        await using var site = await SiteAsync(provider);
        using var client = site.CreatePlainClient();

        var acknowledged = 0;
        foreach (var (page, useful) in new[] { ("relief", "yes"), ("relief", "no"), ("prevention", "yes"), ("home", "no") })
        {
            using var response = await client.AnswerAsync(page, useful);
            if (response.StatusCode == HttpStatusCode.SeeOther) acknowledged++;
        }
        using var details = await client.PostFeedbackAsync(Fields(("page", "relief"), ("lang", "en"), ("reason", "looks-wrong"), ("comment", "Mail x@example.com")));

        Assert.Equal(4, acknowledged);
        var rows = await site.RowsAsync();
        Assert.Equal(["relief:True", "relief:False", "prevention:True", "home:False", "relief:"], rows.Select(r => $"{r.Page}:{r.Useful}"));
        Assert.Equal("Mail [removed]", rows[^1].Comment);
        Assert.All(rows, r => Assert.Equal(DateTimeKind.Utc, r.Hour.Kind));
        Assert.All(rows, r => Assert.Equal(0, r.Hour.Minute));
    }

    [Theory]
    [InlineData(FeedbackStores.Sqlite)]
    [InlineData(FeedbackStores.Postgres)]
    public async Task The_report_counts_match_the_rows(string provider)
    {
        await using var site = await SiteAsync(provider);
        using var client = site.CreatePlainClient();
        string[] answers = ["yes", "yes", "no", "yes", "no", "no", "no"];
        foreach (var (useful, i) in answers.Select((a, i) => (a, i))) (await client.AnswerAsync(i % 2 == 0 ? "relief" : "prevention", useful)).Dispose();
        for (var i = 0; i < 3; i++)
        {
            (await client.PostFeedbackAsync(Fields(("page", "prevention"), ("lang", "en"), ("reason", "looks-wrong"), ("comment", $"comment {i}")))).Dispose();
        }

        var rows = await site.RowsAsync();
        await using var db = site.Services.GetRequiredService<FeedbackDatabase>().Open();
        var report = await FeedbackReport.ReadAsync(db, cancellationToken: Cancel);

        foreach (var page in report)
        {
            Assert.Equal(rows.Count(r => r.Page == page.Page && r.Useful == true), page.Yes);
            Assert.Equal(rows.Count(r => r.Page == page.Page && r.Useful == false), page.No);
            Assert.Equal(rows.Count(r => r.Page == page.Page && r.Reasons == "looks-wrong"), page.Reasons[FeedbackReasons.LooksWrong]);
        }
        Assert.Equal(["relief", "prevention"], report.Select(p => p.Page)); // the least useful first
        Assert.Equal((1, 3, (int?)25), (report[0].Yes, report[0].No, report[0].PercentUseful));
        Assert.Equal((2, 1, (int?)67), (report[1].Yes, report[1].No, report[1].PercentUseful));
        Assert.Equal(["comment 2", "comment 1", "comment 0"], report[1].LatestComments.Select(c => c.Text));
    }

    [Theory]
    [InlineData(FeedbackStores.Sqlite)]
    [InlineData(FeedbackStores.Postgres)]
    public async Task Answers_older_than_the_retention_are_deleted_by_the_daily_purge(string provider)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero));
        await using var site = await SiteAsync(provider, new Dictionary<string, string?> { ["Feedback:RetentionDays"] = "30" });
        site.Clock = clock;
        using var client = site.CreatePlainClient();
        await site.Services.GetRequiredService<FeedbackStore>().EnsureSchemaAsync(); // the first migration can be slow on a busy machine
        await Poll.UntilAsync(() => site.Logs.Entries.Any(e => e.Message.Contains("Feedback: deleted", StringComparison.Ordinal)), "the purge at start");
        var database = site.Services.GetRequiredService<FeedbackDatabase>();
        await using (var db = database.Open())
        {
            db.Entries.AddRange(
                new FeedbackEntry { Page = "relief", Useful = true, Hour = new DateTime(2026, 5, 2, 13, 0, 0, DateTimeKind.Utc) }, // 29 days 23 hours old
                new FeedbackEntry { Page = "relief", Useful = false, Hour = new DateTime(2026, 5, 20, 0, 0, 0, DateTimeKind.Utc) });
            await db.SaveChangesAsync(Cancel);
        }

        clock.Advance(FeedbackMaintenance.PurgeInterval);

        await Poll.UntilAsync(() => site.RowsAsync().GetAwaiter().GetResult().Count == 1, "yesterday's 29-day-old answer to go");
        Assert.False(Assert.Single(await site.RowsAsync()).Useful);
    }

    [Theory]
    [InlineData(FeedbackStores.Sqlite)]
    [InlineData(FeedbackStores.Postgres)]
    public async Task The_migrations_match_the_model(string provider)
    {
        await using var site = await SiteAsync(provider);
        await site.Services.GetRequiredService<FeedbackStore>().EnsureSchemaAsync();
        await using var db = site.Services.GetRequiredService<FeedbackDatabase>().Open();

        Assert.False(db.Database.HasPendingModelChanges(), "the model changed without a migration: see docs/deploying.md, 'Feedback database'");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(Cancel));
    }

    [Theory]
    [InlineData(FeedbackStores.Sqlite)]
    [InlineData(FeedbackStores.Postgres)]
    public async Task When_the_database_is_down_the_reader_gets_a_polite_503_pages_still_serve_and_readyz_says_degraded(string provider)
    {
        // A server of its own, since it is stopped; a SQLite file whose folder cannot exist, since its parent is a file.
        await using var server = new PostgresServer();
        var blocker = Path.GetTempFileName();
        var more = new Dictionary<string, string?>();
        if (provider == FeedbackStores.Sqlite) more["Feedback:Database"] = Path.Combine(blocker, "feedback.db");
        await using var site = await SiteAsync(provider, more, server);
        using var client = site.CreatePlainClient();
        if (provider == FeedbackStores.Postgres)
        {
            (await client.AnswerAsync("relief", "yes")).Dispose(); // works while the server is up
            await server.StopAsync();
        }
        try
        {
            using var post = await client.AnswerAsync("relief", "no");
            using var page = await client.GetAsync("/relief", Cancel);
            using var ready = await client.GetAsync("/readyz", Cancel);

            Assert.Equal(HttpStatusCode.ServiceUnavailable, post.StatusCode);
            Assert.Contains("Please try again later", await post.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode); // degraded is still ready: pages do not need the store
            using var report = JsonDocument.Parse(await ready.Content.ReadAsStringAsync(Cancel));
            Assert.Equal("Degraded", report.RootElement.GetProperty("status").GetString());
            Assert.Equal("Degraded", report.RootElement.GetProperty("feedbackStore").GetString());
            Assert.Contains(site.Logs.Errors, e => e.Message.Contains("could not save an answer", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(blocker);
        }
    }

    [Fact]
    public async Task A_store_that_comes_back_is_used_again_and_readyz_is_healthy_again()
    {
        await using var server = new PostgresServer();
        await using var site = await SiteAsync(FeedbackStores.Postgres, server: server);
        using var client = site.CreatePlainClient();
        (await client.AnswerAsync("relief", "yes")).Dispose();
        await server.StopAsync();
        using (var refused = await client.AnswerAsync("relief", "no"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        }
        await server.RestartAsync();

        using var saved = await client.AnswerAsync("relief", "no");
        using var ready = await client.GetAsync("/readyz", Cancel);

        Assert.Equal(HttpStatusCode.SeeOther, saved.StatusCode);
        Assert.Contains("\"feedbackStore\":\"Healthy\"", await ready.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(2, (await site.RowsAsync()).Count);
    }
}
