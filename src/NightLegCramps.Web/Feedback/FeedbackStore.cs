using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace NightLegCramps.Web.Feedback;

/// <summary>
/// Saves answers and remembers whether the database is usable. A database that is down or full never takes
/// the site down: the reader is told politely, the log says why, and /readyz says the store is degraded.
/// </summary>
public sealed partial class FeedbackStore(FeedbackDatabase database, IOptions<FeedbackSettings> settings, TimeProvider time, ILogger<FeedbackStore> logger)
{
    private readonly Lock _gate = new();
    private Task? _schema;
    private volatile string? _problem;
    private volatile bool _schemaFailed;

    /// <summary>Why the last attempt to use the database failed, or null when the last one worked.</summary>
    public string? Problem => _problem;

    public FeedbackDatabase Database => database;

    /// <summary>
    /// With <see cref="FeedbackSettings.MigrateAtStart"/>, brings the schema up to date once. A failure (the
    /// database is down at start) is tried again on the next call instead of being kept.
    /// </summary>
    public Task EnsureSchemaAsync()
    {
        if (!settings.Value.MigrateAtStart) return Task.CompletedTask;
        lock (_gate)
        {
            if (_schema is null || _schema.IsFaulted || _schema.IsCanceled)
            {
                // Not tied to any one request: a reader who gives up must not cancel the migration for everyone.
                _schema = Task.Run(() => database.MigrateAsync(CancellationToken.None));
                _schema.ContinueWith(t => _schemaFailed = t.IsFaulted, TaskScheduler.Default);
            }
            return _schema;
        }
    }

    /// <summary>Stores one answer. True once it is committed (and, for SQLite, on disk); false when the database failed.</summary>
    public async Task<bool> SaveAsync(FeedbackEntry entry)
    {
        try
        {
            await EnsureSchemaAsync();
            await using var db = database.Open();
            db.Entries.Add(entry);
            // Never cancelled by the request: a save that has started finishes, so nothing is half done.
            await db.SaveChangesAsync(CancellationToken.None);
            _problem = null;
            return true;
        }
        catch (Exception e) when (IsDatabaseFailure(e))
        {
            Failed(e, "save an answer");
            return false;
        }
    }

    /// <summary>Deletes answers older than <see cref="FeedbackSettings.RetentionDays"/>. Returns how many went.</summary>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        var cutoff = FeedbackEntry.HourOf(time.GetUtcNow()).AddDays(-settings.Value.RetentionDays);
        try
        {
            await EnsureSchemaAsync();
            await using var db = database.Open();
            var removed = await db.Entries.Where(e => e.Hour < cutoff).ExecuteDeleteAsync(cancellationToken);
            _problem = null;
            LogPurged(removed, settings.Value.RetentionDays);
            return removed;
        }
        catch (Exception e) when (IsDatabaseFailure(e))
        {
            Failed(e, "delete old answers");
            return 0;
        }
    }

    /// <summary>The per-page report (<see cref="FeedbackReport"/>), or null when the database cannot be read (see <see cref="Problem"/>).</summary>
    public async Task<IReadOnlyList<PageFeedback>?> ReportAsync(CancellationToken cancellationToken)
    {
        try
        {
            await EnsureSchemaAsync();
            await using var db = database.Open();
            return await FeedbackReport.ReadAsync(db, cancellationToken: cancellationToken);
        }
        catch (Exception e) when (IsDatabaseFailure(e))
        {
            Failed(e, "read the answers");
            return null;
        }
    }

    /// <summary>For /readyz: null when answers can be saved, else why not.</summary>
    public async Task<string?> CheckAsync(CancellationToken cancellationToken)
    {
        if (_problem is { } problem) return problem; // the last save failed and none has worked since (a full disk still connects)
        try
        {
            var schema = EnsureSchemaAsync();
            await Task.WhenAny(schema, Task.Delay(TimeSpan.FromSeconds(3), cancellationToken));
            if (!schema.IsCompleted)
            {
                // A first migration still running (a busy machine at start) is not a problem yet; one being tried again is.
                return _schemaFailed ? "feedback database: still not reachable" : null;
            }
            await schema;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            await using var db = database.Open();
            return await db.Database.CanConnectAsync(timeout.Token) ? null : "cannot connect to the feedback database";
        }
        catch (Exception e) when (IsDatabaseFailure(e) || e is OperationCanceledException)
        {
            return "feedback database: " + e.GetBaseException().Message;
        }
    }

    private void Failed(Exception e, string what)
    {
        _problem = $"could not {what}: {e.GetBaseException().Message}";
        LogFailed(e, what, database.Description);
    }

    /// <summary>What a database that is down, full, locked or missing its schema throws, as opposed to a bug.</summary>
    private static bool IsDatabaseFailure(Exception e) =>
        e is DbException or DbUpdateException or TimeoutException or IOException or UnauthorizedAccessException
            or InvalidOperationException; // EF wraps connection failures ("a transient failure") in this one

    [LoggerMessage(Level = LogLevel.Error, Message = "Feedback: could not {What} in {Database}; readers are told to try later")]
    private partial void LogFailed(Exception exception, string what, string database);

    [LoggerMessage(Level = LogLevel.Information, Message = "Feedback: deleted {Count} answers older than {Days} days")]
    private partial void LogPurged(int count, int days);
}
