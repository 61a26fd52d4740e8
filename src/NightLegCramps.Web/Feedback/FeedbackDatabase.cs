using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Options;

namespace NightLegCramps.Web.Feedback;

/// <summary>
/// Opens a context on the configured database. The options are built once, so the model is built once, and
/// contexts come from a pool (EF Core's context pooling): making a context from nothing resolves its internal
/// services every time, which was a large share of what one answer cost the server.
/// </summary>
public sealed class FeedbackDatabase
{
    private readonly Func<FeedbackDb> _open;

    public FeedbackDatabase(IOptions<FeedbackSettings> settings, IConfiguration configuration, IHostEnvironment environment)
    {
        Provider = settings.Value.Provider;
        if (Provider == FeedbackProvider.Postgres)
        {
            var options = new DbContextOptionsBuilder<PostgresFeedbackDb>()
                .UseNpgsql(configuration.GetConnectionString("Feedback"))
                .Options;
            Description = "PostgreSQL (ConnectionStrings:Feedback)";
            var pool = new PooledDbContextFactory<PostgresFeedbackDb>(options);
            _open = pool.CreateDbContext;
        }
        else
        {
            SqliteFile = Path.GetFullPath(settings.Value.Database, environment.ContentRootPath);
            var connection = new SqliteConnectionStringBuilder { DataSource = SqliteFile, Mode = SqliteOpenMode.ReadWriteCreate, DefaultTimeout = 10 };
            var options = new DbContextOptionsBuilder<SqliteFeedbackDb>()
                .UseSqlite(connection.ToString())
                .AddInterceptors(SqlitePragmas.Instance)
                .Options;
            Description = "SQLite at " + SqliteFile;
            var pool = new PooledDbContextFactory<SqliteFeedbackDb>(options);
            _open = pool.CreateDbContext;
        }
    }

    public FeedbackProvider Provider { get; }

    /// <summary>The SQLite file, or null for PostgreSQL.</summary>
    public string? SqliteFile { get; }

    /// <summary>Where answers go, for logs and commands: never a password.</summary>
    public string Description { get; }

    public FeedbackDb Open() => _open();

    /// <summary>Brings the schema up to date (creating the SQLite file and its folder first).</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        if (SqliteFile is not null) Directory.CreateDirectory(Path.GetDirectoryName(SqliteFile)!);
        await using var db = Open();
        await db.Database.MigrateAsync(cancellationToken);
    }

    /// <summary>
    /// Every SQLite connection: write-ahead log (readers never wait for a writer), and synchronous=FULL so a
    /// commit is on disk before SaveChanges returns. NORMAL would survive the process being killed too (the
    /// log is in the OS's cache), but not a power cut; a 303 promises the answer is kept, so FULL. The store's
    /// one writer commits every answer waiting at once, so a burst pays one flush, not one per answer, and its
    /// connection stays open, so these settings are not run again for every answer (bench/feedback.sh).
    /// </summary>
    private sealed class SqlitePragmas : DbConnectionInterceptor
    {
        public static readonly SqlitePragmas Instance = new();

        private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=10000;";

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }

        public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
