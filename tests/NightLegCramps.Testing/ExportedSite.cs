using Microsoft.Extensions.DependencyInjection;
using NightLegCramps.Content.Loading;
using NightLegCramps.Web.Export;

namespace NightLegCramps.Testing;

/// <summary>The site exported once into a temp folder (the exporter run against the site in memory), shared by a test class.</summary>
public sealed class ExportedSite : IAsyncLifetime
{
    /// <summary>Configured as the export command runs it: without the feedback question, which a static host cannot take.</summary>
    public SiteFactory Site { get; } = new(SiteFactory.FixtureContent, "Production", new Dictionary<string, string?> { ["Feedback:Enabled"] = "false" });

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "nlc-export-" + Guid.NewGuid().ToString("N"));

    public ExportResult Result { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        using var client = Site.CreatePlainClient();
        var pages = Site.Services.GetRequiredService<ContentStore>().Current.AllPages.Select(p => p.Path);
        Result = await new SiteExporter(client, "https://nightlegcramps.example.org").ExportAsync(pages, Folder, CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await Site.DisposeAsync();
        if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
    }
}
