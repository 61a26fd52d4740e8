using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NightLegCramps.Web.Feedback;

namespace NightLegCramps.Testing;

/// <summary>The two databases the storage tests run against, and reading back what a site stored.</summary>
public static class FeedbackStores
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";

    /// <summary>Settings that point a site at a new, empty database of the kind named.</summary>
    public static async Task<Dictionary<string, string?>> SettingsAsync(string provider, PostgresServer postgres, IDictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>(more ?? new Dictionary<string, string?>());
        if (provider == Postgres)
        {
            settings["Feedback:Provider"] = Postgres;
            settings["ConnectionStrings:Feedback"] = await postgres.CreateDatabaseAsync();
        }
        return settings;
    }

    /// <summary>Every row the site's database holds, oldest first.</summary>
    /// <summary>Empties the site's feedback table, so a test on a shared site starts from nothing stored.</summary>
    public static async Task ClearRowsAsync(this SiteFactory site)
    {
        await site.Services.GetRequiredService<FeedbackStore>().EnsureSchemaAsync();
        await using var db = site.Services.GetRequiredService<FeedbackDatabase>().Open();
        await db.Entries.ExecuteDeleteAsync(TestContext.Current.CancellationToken);
    }

    public static async Task<List<FeedbackEntry>> RowsAsync(this SiteFactory site)
    {
        await site.Services.GetRequiredService<FeedbackStore>().EnsureSchemaAsync(); // the site migrates in the background
        await using var db = site.Services.GetRequiredService<FeedbackDatabase>().Open();
        return await db.Entries.AsNoTracking().OrderBy(e => e.Id).ToListAsync(TestContext.Current.CancellationToken);
    }
}
