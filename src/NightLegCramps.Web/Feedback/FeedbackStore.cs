using System.Data.Common;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace NightLegCramps.Web.Feedback;

/// <summary>
/// Saves answers and remembers whether the database is usable. A database that is down or full never takes
/// the site down: the reader is told politely, the log says why, and /readyz says the store is degraded.
/// </summary>
public sealed partial class FeedbackStore(FeedbackDatabase database, IOptions<FeedbackSettings> settings, TimeProvider time, ILogger<FeedbackStore> logger) : IDisposable
{
    /// <summary>The most answers one commit takes; more wait for the next (a few milliseconds later).</summary>
    private const int MostAnswersPerCommit = 256;

    private readonly Lock _gate = new();

    /// <summary>Answers waiting for the writer. Bounded: past this, posts wait before joining the queue.</summary>
    private readonly Channel<WaitingAnswer> _waiting = Channel.CreateBounded<WaitingAnswer>(
        new BoundedChannelOptions(4 * MostAnswersPerCommit) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    /// <summary>Set by every post once its answer is queued, and by <see cref="Dispose"/>; the writer sleeps on it.</summary>
    private readonly AutoResetEvent _answerWaiting = new(false);

    private Thread? _writer;
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

    /// <summary>
    /// Stores one answer. True once it is committed (and, for SQLite, on disk); false when the database failed.
    /// The answer waits for the one writer (<see cref="WriteAnswers"/>), which commits every answer waiting
    /// together: a burst of answers costs one transaction and one flush to disk instead of one each, and no
    /// request thread ever waits on the disk or on another writer's lock.
    /// </summary>
    public async Task<bool> SaveAsync(FeedbackEntry entry)
    {
        try
        {
            // Here, awaited by the request, so the writer never has to wait for a task: after the first success
            // this is a finished task; after a failure (the database was down at start) it is tried again.
            await EnsureSchemaAsync();
        }
        catch (Exception e) when (IsDatabaseFailure(e))
        {
            Failed(e, "save an answer");
            return false;
        }
        var answer = new WaitingAnswer(entry);
        StartWriter();
        try
        {
            // Never cancelled by the request: an answer that is queued is written, so nothing is half done.
            await _waiting.Writer.WriteAsync(answer, CancellationToken.None);
        }
        catch (ChannelClosedException)
        {
            return false; // the site is stopping
        }
        _answerWaiting.Set();
        return await answer.Committed.Task;
    }

    private void StartWriter()
    {
        if (Volatile.Read(ref _writer) is not null) return;
        lock (_gate)
        {
            if (_writer is not null) return;
            // A thread of its own rather than the thread pool's: SQLite writes and flushes synchronously, and
            // a pool thread blocked on the disk is one the pages cannot use.
            var writer = new Thread(WriteAnswers) { IsBackground = true, Name = "feedback writer" };
            writer.Start();
            Volatile.Write(ref _writer, writer);
        }
    }

    /// <summary>
    /// The one writer: takes every answer waiting (up to <see cref="MostAnswersPerCommit"/>), inserts them in one
    /// transaction, and only after the commit tells each poster it is kept. A failed commit keeps none of them,
    /// and each poster is told so (503). Its context and connection stay open between commits, so an answer
    /// does not pay for opening a connection (or SQLite's per-connection settings); after a failure both are new.
    /// Synchronous from end to end, on its own thread: it sleeps on <see cref="_answerWaiting"/>, which every
    /// post sets, and uses EF Core's synchronous calls, so it never blocks on a task.
    /// </summary>
    private void WriteAnswers()
    {
        var batch = new List<WaitingAnswer>(MostAnswersPerCommit);
        FeedbackDb? db = null;
        while (true)
        {
            while (batch.Count < MostAnswersPerCommit && _waiting.Reader.TryRead(out var answer)) batch.Add(answer);
            if (batch.Count == 0)
            {
                if (_waiting.Reader.Completion.IsCompleted) break; // Dispose: everything queued is written
                _answerWaiting.WaitOne(); // a post set it after queueing (or Dispose did), maybe before this line: no answer is missed
                continue;
            }
            try
            {
                if (db is null)
                {
                    db = database.Open();
                    db.Database.OpenConnection();
                }
                foreach (var answer in batch) db.Entries.Add(answer.Entry);
                db.SaveChanges(); // one transaction: all of the batch or none of it
                db.ChangeTracker.Clear();
                _problem = null;
                foreach (var answer in batch) answer.Committed.TrySetResult(true);
            }
            catch (Exception e)
            {
                db?.Dispose();
                db = null;
                if (IsDatabaseFailure(e)) Failed(e, "save an answer");
                foreach (var answer in batch)
                {
                    if (IsDatabaseFailure(e)) answer.Committed.TrySetResult(false);
                    else answer.Committed.TrySetException(e); // a bug: the request fails as it would have, the writer goes on
                }
            }
            batch.Clear();
        }
        db?.Dispose();
    }

    /// <summary>Stops taking answers; the ones already waiting are written first.</summary>
    public void Dispose()
    {
        _waiting.Writer.TryComplete();
        _answerWaiting.Set();
        Volatile.Read(ref _writer)?.Join(TimeSpan.FromSeconds(10));
        // _answerWaiting is left to the finalizer: a post that queued its answer just before the channel closed
        // may still set it, and the writer may still be finishing a slow commit.
    }

    private sealed class WaitingAnswer(FeedbackEntry entry)
    {
        public FeedbackEntry Entry { get; } = entry;

        public TaskCompletionSource<bool> Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
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
