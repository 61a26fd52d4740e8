using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace NightLegCramps.Web.Feedback;

/// <summary>
/// The feedback table. One model, two providers: each provider has its own context type only so that it can
/// have its own migrations (Migrations/Sqlite, Migrations/Postgres), since the SQL each one writes differs.
/// </summary>
public abstract class FeedbackDb(DbContextOptions options) : DbContext(options)
{
    public DbSet<FeedbackEntry> Entries => Set<FeedbackEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var entry = modelBuilder.Entity<FeedbackEntry>();
        entry.ToTable("feedback");
        entry.Property(e => e.Page).HasMaxLength(200);
        entry.Property(e => e.Language).HasMaxLength(10);
        entry.Property(e => e.Reasons).HasMaxLength(200);
        // Scrubbing can make a comment longer ("[removed]" for six digits), never more than twice as long.
        entry.Property(e => e.Comment).HasMaxLength(FeedbackSettings.MaxCommentLength * 2);
        // SQLite gives dates back without a kind; every hour stored is UTC.
        entry.Property(e => e.Hour).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
        entry.HasIndex(e => new { e.Language, e.Page });
        entry.HasIndex(e => e.Hour); // the daily purge
    }
}

public sealed class SqliteFeedbackDb(DbContextOptions<SqliteFeedbackDb> options) : FeedbackDb(options);

public sealed class PostgresFeedbackDb(DbContextOptions<PostgresFeedbackDb> options) : FeedbackDb(options);

/// <summary>For <c>dotnet ef migrations add</c> only: the model needs no real database to diff against.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteFeedbackDb>
{
    public SqliteFeedbackDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteFeedbackDb>().UseSqlite("Data Source=design-time.db").Options);
}

/// <summary>For <c>dotnet ef migrations add</c> only: no connection is made.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresFeedbackDb>
{
    public PostgresFeedbackDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresFeedbackDb>().UseNpgsql("Host=localhost;Database=design-time").Options);
}
