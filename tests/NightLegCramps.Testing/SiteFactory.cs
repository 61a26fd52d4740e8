using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NightLegCramps.Content.Loading;

namespace NightLegCramps.Testing;

/// <summary>
/// The site in memory, over the tests' own fixture content by default or over a folder a test made.
/// Settings go in as configuration, exactly as an operator would set them.
/// </summary>
public class SiteFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings = new()
    {
        ["Site:BaseUrl"] = "https://nightlegcramps.example.org",
        ["Content:DebounceMilliseconds"] = "50",
    };

    public SiteFactory()
        : this(FixtureContent)
    {
    }

    public SiteFactory(string contentFolder, string environment = "Production", IDictionary<string, string?>? settings = null)
    {
        ContentFolder = contentFolder;
        Environment = environment;
        _settings["Content:Path"] = contentFolder;
        // Every site gets its own feedback database in a temporary folder, never the source tree's data/.
        _settings["Feedback:Database"] = FeedbackFile;
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) _settings[key] = value;
    }

    public string ContentFolder { get; }

    /// <summary>This site's own SQLite feedback file, removed with the site.</summary>
    public string FeedbackFile { get; } = Path.Combine(Path.GetTempPath(), "nlc-feedback-" + Guid.NewGuid().ToString("N"), "feedback.db");

    public string Environment { get; }

    /// <summary>The site's clock, when a test moves time itself; set it before the first request.</summary>
    public TimeProvider? Clock { get; set; }

    /// <summary>Everything the site has logged so far.</summary>
    public LogCollector Logs { get; } = new();

    /// <summary>
    /// The content the tests own (Fixtures/content in this library, copied beside the test binaries): an editor's change
    /// to the real <c>content/</c> folder never breaks a test.
    /// </summary>
    public static string FixtureContent { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures", "content");

    /// <summary>The repository's real content, found from the test binaries upward: only the smoke test reads it.</summary>
    public static string RealContent { get; } = NightLegCramps.Content.Loading.ContentFolder.Resolve(null, AppContext.BaseDirectory);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(_settings));
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<Serilog.Core.ILogEventSink>(Logs);
            if (Clock is not null) services.AddSingleton(Clock);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools(); // pooled connections keep the file open
        try
        {
            Directory.Delete(Path.GetDirectoryName(FeedbackFile)!, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // the site never stored an answer
        }
    }

    /// <summary>A client that does not follow redirects, so tests see the 301s themselves.</summary>
    public HttpClient CreatePlainClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
}

/// <summary>
/// One read-only site over the fixture content for a whole test assembly (xunit fixtures need one constructor).
/// Tests that write content or change settings make a host of their own.
/// </summary>
public sealed class SharedSite : SiteFactory;
