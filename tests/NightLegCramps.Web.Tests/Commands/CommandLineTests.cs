namespace NightLegCramps.Web.Tests.Commands;

/// <summary>The program's command line, run as a separate process as a user types it.</summary>
public sealed class CommandLineTests
{
    private static readonly string[] Commands = ["check-content", "export", "feedback-report", "migrate"];

    [Fact]
    public async Task Help_lists_every_command_and_the_options_and_exits_0_without_starting_the_site()
    {
        // As the README shows it. Production with no Site:BaseUrl: the site would refuse to start, so help cannot have started it.
        const string Readme = "dotnet run --project src/NightLegCramps.Web -- --help";
        Assert.Contains("\n" + Readme + "\n", await File.ReadAllTextAsync(Path.Combine(SiteProcess.Repository, "README.md"), TestContext.Current.CancellationToken), StringComparison.Ordinal);
        var (exitCode, output, errors) = await SiteProcess.RunSiteAsync(Readme.Split(" -- ")[1].Split(' '));

        Assert.True(exitCode == 0, output + errors);
        Assert.All(Commands, command => Assert.Contains("\n  " + command, output, StringComparison.Ordinal));
        Assert.Contains("--Site:BaseUrl=URL", output, StringComparison.Ordinal);
        Assert.Contains("--Content:Path=FOLDER", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", output, StringComparison.Ordinal);
        Assert.Empty(errors);

        // After a command too: help, not the command.
        var (afterCommand, sameHelp, _) = await SiteProcess.RunSiteAsync(["export", "--help"]);
        Assert.Equal(0, afterCommand);
        Assert.Equal(output, sameHelp);
    }

    [Theory]
    [InlineData("chek-content")]
    [InlineData("serve")]
    public async Task An_unknown_command_exits_2_with_the_same_usage_text(string typo)
    {
        var (_, help, _) = await SiteProcess.RunSiteAsync(["--help"]);

        var (exitCode, output, errors) = await SiteProcess.RunSiteAsync([typo, "--Site:BaseUrl=https://nightlegcramps.example.org"]);

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.StartsWith($"error: unknown command '{typo}'.\n", errors, StringComparison.Ordinal);
        Assert.EndsWith(help, errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("export")]                       // no folder
    [InlineData("export", "a", "b")]             // two folders
    [InlineData("check-content", "a", "b")]
    [InlineData("check-content", "--Content:MaxFiles")] // a setting with no value
    [InlineData("check-content", "-x")]
    public async Task A_command_given_the_wrong_arguments_exits_2_with_the_usage_text(params string[] args)
    {
        var (exitCode, output, errors) = await SiteProcess.RunSiteAsync([.. args, "--Site:BaseUrl=https://nightlegcramps.example.org"]);

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.StartsWith("error: ", errors, StringComparison.Ordinal);
        Assert.Contains("\ncommands:\n", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_settings_value_is_never_taken_as_the_folder()
    {
        // "--Content:MaxFiles 10": 10 is the setting's value, so check-content checks the configured folder with it.
        var (exitCode, output, errors) = await SiteProcess.RunSiteAsync(["check-content", "--Content:Path", SiteFactory.FixtureContent, "--Content:MaxFiles", "10"]);

        var summary = output.TrimEnd().Split('\n')[^1];
        Assert.True(summary.EndsWith(" in " + SiteFactory.FixtureContent, StringComparison.Ordinal), output + errors);
        Assert.Contains("error: the content folder holds more than 10 files; this one is left out.", output, StringComparison.Ordinal);
        Assert.Equal(1, exitCode);
    }

    [Fact]
    public async Task Check_content_with_a_folder_and_settings_in_any_order_checks_that_folder_with_those_settings()
    {
        var (exitCode, output, errors) = await SiteProcess.RunSiteAsync(["check-content", "--Content:MaxFiles", "10", SiteFactory.FixtureContent]);

        Assert.Equal(1, exitCode);
        Assert.EndsWith(" in " + SiteFactory.FixtureContent, output.TrimEnd(), StringComparison.Ordinal);
        Assert.Contains("more than 10 files", output, StringComparison.Ordinal);
        Assert.Empty(errors);
    }
}
