
namespace NightLegCramps.Web.Tests.Export;

/// <summary>The real <c>export</c> command, run as a separate process.</summary>
public sealed class ExportCommandTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_relative_folder_is_taken_from_where_the_command_was_typed_not_from_the_project_folder()
    {
        // `dotnet run --project src/NightLegCramps.Web -- export site` starts the app in the project folder;
        // the shell's PWD is where the user typed it.
        using var typedIn = new TempFolder();
        var (exitCode, output, errors) = await SiteProcess.RunSiteAsync(
            ["export", "site", $"--Content:Path={SiteFactory.FixtureContent}", "--Site:BaseUrl=https://nightlegcramps.example.org"],
            new Dictionary<string, string?> { ["PWD"] = typedIn.Path });

        Assert.True(exitCode == 0, output + errors);
        Assert.True(File.Exists(Path.Combine(typedIn.Path, "site", "index.html")), output);
        // A static host cannot take an answer: the export leaves the feedback question out.
        Assert.DoesNotContain("action=\"/feedback\"", await File.ReadAllTextAsync(Path.Combine(typedIn.Path, "site", "relief", "index.html"), Cancel), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(SiteProcess.Repository, "src", "NightLegCramps.Web", "site")));
    }

    [Fact]
    public async Task An_export_refuses_a_folder_that_already_holds_files_and_leaves_them_alone()
    {
        using var folder = new TempFolder();
        var notes = Path.Combine(folder.Path, "notes.txt");
        await File.WriteAllTextAsync(notes, "keep me", Cancel);

        var (exitCode, output, errors) = await SiteProcess.RunSiteAsync(["export", folder.Path, "--Site:BaseUrl=https://nightlegcramps.example.org"]);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("is not empty", output + errors, StringComparison.Ordinal);
        Assert.Equal(["notes.txt"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
        Assert.Equal("keep me", await File.ReadAllTextAsync(notes, Cancel));
    }
}
