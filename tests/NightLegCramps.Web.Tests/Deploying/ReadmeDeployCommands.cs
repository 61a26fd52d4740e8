using System.Text.RegularExpressions;

namespace NightLegCramps.Web.Tests.Deploying;

/// <summary>
/// The README's publish, start and export commands, read from README.md (so they cannot drift from it) and
/// run exactly as written with bash in a fresh copy of the repository: publishing and building there cannot
/// disturb this build, and `out/` and `site/` land where a user would see them.
/// </summary>
public sealed partial class ReadmeDeployCommands : IAsyncLifetime
{
    public string Copy { get; } = Path.Combine(Path.GetTempPath(), "nlc-readme-" + Guid.NewGuid().ToString("N"));

    public string Publish { get; } = CommandStartingWith("dotnet publish ");

    /// <summary>The line that runs the published folder (it follows the publish command).</summary>
    public string Start { get; } = CommandStartingWith("cd out && ");

    public string Export { get; } = CommandStartingWith("dotnet run --project src/NightLegCramps.Web -- export ");

    public (int ExitCode, string Output, string Errors) Published { get; private set; }

    public async ValueTask InitializeAsync()
    {
        CopyRepository(SiteProcess.Repository, Copy);
        Published = await BashAsync(Publish);
    }

    public ValueTask DisposeAsync()
    {
        if (Directory.Exists(Copy)) Directory.Delete(Copy, recursive: true);
        return ValueTask.CompletedTask;
    }

    public Task<(int ExitCode, string Output, string Errors)> BashAsync(string command, IDictionary<string, string?>? environment = null) =>
        SiteProcess.RunAsync("bash", ["-c", command], Copy, WithoutMsBuildSettings(environment));

    /// <summary>Starts a long-running command with bash in the copy, its output discarded.</summary>
    public System.Diagnostics.Process StartInBackground(string command)
    {
        var start = new System.Diagnostics.ProcessStartInfo("bash") { WorkingDirectory = Copy, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command);
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("ASPNETCORE_", StringComparison.Ordinal) || k.StartsWith("Site__", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(key);
        }
        var process = System.Diagnostics.Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>A test runner started by `dotnet test` carries MSBuild's own settings; a nested build must not inherit them.</summary>
    private static Dictionary<string, string?> WithoutMsBuildSettings(IDictionary<string, string?>? environment)
    {
        var clean = Environment.GetEnvironmentVariables().Keys.Cast<string>()
            .Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k == "DOTNET_HOST_PATH")
            .ToDictionary(k => k, _ => (string?)null);
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>()) clean[key] = value;
        return clean;
    }

    private static string CommandStartingWith(string start)
    {
        var readme = File.ReadAllText(Path.Combine(SiteProcess.Repository, "README.md"));
        var lines = ShellBlock().Matches(readme).SelectMany(m => m.Groups["commands"].Value.Split('\n')).Select(l => l.Trim());
        var line = lines.FirstOrDefault(l => l.StartsWith(start, StringComparison.Ordinal));
        Assert.True(line is not null, $"README.md shows no command starting with \"{start}\" in a ```sh block");
        return line;
    }

    /// <summary>Every file of the repository but build output, test results and installed packages.</summary>
    private static void CopyRepository(string from, string to)
    {
        string[] skipped = ["bin", "obj", "out", "site", "TestResults", "node_modules", ".git"];
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            if (Path.GetFileName(file) != ".git") File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
        foreach (var folder in Directory.EnumerateDirectories(from).Where(d => !skipped.Contains(Path.GetFileName(d))))
        {
            CopyRepository(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }

    [GeneratedRegex(@"```sh\n(?<commands>.*?)```", RegexOptions.Singleline)]
    private static partial Regex ShellBlock();
}

/// <summary>What a user gets from the README's deploy commands.</summary>
public sealed class ReadmeDeployCommandsTests(ReadmeDeployCommands readme) : IClassFixture<ReadmeDeployCommands>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private string Out => Path.Combine(readme.Copy, "out");

    [Fact]
    public void The_publish_command_publishes_the_site_with_its_content_and_no_test_assembly()
    {
        Assert.True(readme.Published.ExitCode == 0, $"{readme.Publish}\n{readme.Published.Output}{readme.Published.Errors}");
        var files = Directory.GetFiles(Out, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Out, f)).ToList();

        Assert.Contains("NightLegCramps.Web.dll", files);
        Assert.Contains(files, f => f.StartsWith("content" + Path.DirectorySeparatorChar, StringComparison.Ordinal) && f.EndsWith(".md", StringComparison.Ordinal));
        Assert.DoesNotContain(files, f => f.Contains("Tests", StringComparison.Ordinal) || f.Contains("Testing", StringComparison.Ordinal));
        Assert.DoesNotContain(files, f => f.Contains("xunit", StringComparison.OrdinalIgnoreCase) || f.Contains("Playwright", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_published_folder_runs_with_the_command_shown_and_serves_pages_for_the_address_it_was_given()
    {
        Assert.Equal(0, readme.Published.ExitCode);
        // The one change: the README's port, which another program on this machine may hold, becomes a free one.
        var port = StaticServer.FreePort();
        var start = Regex.Replace(readme.Start, @"127\.0\.0\.1:\d+", $"127.0.0.1:{port}");
        var baseUrl = Regex.Match(start, @"Site__BaseUrl=(?<url>\S+)").Groups["url"].Value;
        // bash's exec makes the site the process started here, so the test stops exactly that process.
        using var site = readme.StartInBackground(start.Replace("./NightLegCramps.Web", "exec ./NightLegCramps.Web", StringComparison.Ordinal));
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            var clock = System.Diagnostics.Stopwatch.StartNew();
            string? home = null;
            while (home is null)
            {
                Assert.False(site.HasExited, $"{start} exited with {(site.HasExited ? site.ExitCode : 0)}");
                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"{start}: no answer within 60 s");
                try
                {
                    home = await client.GetStringAsync("/", Cancel);
                }
                catch (HttpRequestException)
                {
                    await Task.Delay(50, Cancel);
                }
            }
            Assert.Contains($"<link rel=\"canonical\" href=\"{baseUrl}/\">", home, StringComparison.Ordinal);
        }
        finally
        {
            site.Kill();
            await site.WaitForExitAsync(Cancel);
        }
    }

    [Fact]
    public async Task The_export_command_writes_the_folder_it_names_where_it_is_typed()
    {
        var folder = Regex.Match(readme.Export, @"-- export (?<folder>\S+)").Groups["folder"].Value;

        var (exitCode, output, errors) = await readme.BashAsync(readme.Export);

        Assert.True(exitCode == 0, $"{readme.Export}\n{output}{errors}");
        Assert.True(File.Exists(Path.Combine(readme.Copy, folder, "index.html")), output);
        Assert.True(File.Exists(Path.Combine(readme.Copy, folder, "404.html")), output);
    }
}
