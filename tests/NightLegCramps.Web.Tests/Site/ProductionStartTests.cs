
namespace NightLegCramps.Web.Tests.Site;

/// <summary>
/// Outside Development the built site refuses to start, or to export, without a usable Site:BaseUrl: one line
/// naming the setting and how to set it, exit code 1, nothing served or written.
/// </summary>
public sealed class ProductionStartTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("nightlegcramps.example.org")]
    [InlineData("ftp://nightlegcramps.example.org")]
    public async Task The_site_exits_1_with_one_line_naming_Site_BaseUrl_and_how_to_set_it(string? baseUrl)
    {
        string[] setting = baseUrl is null ? [] : [$"--Site:BaseUrl={baseUrl}"];
        var (exitCode, output, errors) = await SiteProcess.RunSiteAsync(
            ["--urls=http://127.0.0.1:0", .. setting],
            new Dictionary<string, string?> { ["ASPNETCORE_ENVIRONMENT"] = "Production" });

        Assert.Equal(1, exitCode);
        Assert.Equal("", output);
        var line = Assert.Single(errors.TrimEnd().Split('\n'));
        Assert.StartsWith("Site:BaseUrl is ", line, StringComparison.Ordinal);
        Assert.Contains("Site__BaseUrl=https://", line, StringComparison.Ordinal);
        Assert.Contains("--Site:BaseUrl=https://", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_start_that_fails_exits_1_with_the_reason_in_the_log()
    {
        using var folder = new TempFolder();
        var (exitCode, output, _) = await SiteProcess.RunSiteAsync(
            ["--urls=http://127.0.0.1:0", "--Site:BaseUrl=https://nightlegcramps.example.org", "--PageCache:ServerCacheMinutes=0"],
            new Dictionary<string, string?>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Content__Path"] = SiteFactory.FixtureContent,
                ["Feedback__Database"] = Path.Combine(folder.Path, "feedback.db"),
            });

        Assert.Equal(1, exitCode); // not an unhandled exception's abort
        Assert.Contains("Hosting failed to start", output, StringComparison.Ordinal); // the host's line, with the stack
        Assert.Contains("FTL] The site could not start: PageCache:ServerCacheMinutes", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_export_without_Site_BaseUrl_exits_1_with_the_same_line_and_writes_nothing()
    {
        using var parent = new TempFolder();
        var folder = Path.Combine(parent.Path, "site");

        var (exitCode, _, errors) = await SiteProcess.RunSiteAsync(["export", folder]);

        Assert.Equal(1, exitCode);
        Assert.StartsWith("Site:BaseUrl is not set", Assert.Single(errors.TrimEnd().Split('\n')), StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder));
    }
}
