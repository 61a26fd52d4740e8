using System.Diagnostics;

namespace NightLegCramps.Web.Tests.Commands;

/// <summary>The real <c>check-content</c> command, run as editors and CI run it.</summary>
public sealed class CheckContentCommandTests
{
    private static readonly string BrokenContent = Path.Combine(Path.GetDirectoryName(SiteFactory.RealContent)!, "tests", "NightLegCramps.Content.Tests", "BrokenContent");

    private static async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "NightLegCramps.Web.dll"));
        start.ArgumentList.Add("check-content");
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output + await errors);
    }

    [Fact]
    public async Task Content_without_errors_passes_with_exit_code_0()
    {
        var (exitCode, output) = await RunAsync(SiteFactory.FixtureContent);

        Assert.True(exitCode == 0, output);
        Assert.DoesNotContain(": error: ", output, StringComparison.Ordinal);
        Assert.Matches(@"check-content: \d+ files?, \d+ pages? published, 0 errors, \d+ warnings? in ", output);
    }

    [Fact]
    public async Task A_folder_of_broken_files_fails_with_exit_code_1_and_one_line_per_finding()
    {
        var (exitCode, output) = await RunAsync(BrokenContent);

        Assert.Equal(1, exitCode);
        var lines = output.TrimEnd().Split('\n');
        Assert.Contains("bad-yaml.md:2: error: front matter is not valid YAML", output, StringComparison.Ordinal);
        Assert.Contains("not-utf8.md:10: error: file is not valid UTF-8", output, StringComparison.Ordinal);
        Assert.All(lines[..^1], line => Assert.Matches(@"^[\w.-]+\.md:\d+: (error|warning): ", line));
        Assert.StartsWith("check-content: 14 files, ", lines[^1], StringComparison.Ordinal);
    }
}
