using System.Text.RegularExpressions;

namespace NightLegCramps.Web.Tests.Deploying;

/// <summary>
/// The README's publish, start and export commands, read from README.md (so they cannot drift from it) and
/// run exactly as written with bash in a copy of the repository: publishing and building there cannot
/// disturb this build, and `out/` and `site/` land where a user would see them.
/// The copy is kept between runs and brought up to date file by file, keeping each file's time, so on a warm
/// machine MSBuild finds the copy's build current (a fresh copy cost two full builds, 80 s of a 2-core machine).
/// </summary>
public sealed partial class ReadmeDeployCommands : IAsyncLifetime
{
    private FileStream? _lock;

    /// <summary>One kept copy per checkout; a second test run at the same time gets a throwaway copy of its own.</summary>
    public string Copy { get; private set; } = Path.Combine(Path.GetTempPath(), $"nlc-readme-{Environment.UserName}-{StableName(SiteProcess.Repository)}");

    public string Publish { get; } = CommandStartingWith("dotnet publish ");

    /// <summary>The line that runs the published folder (it follows the publish command).</summary>
    public string Start { get; } = CommandStartingWith("cd out && ");

    public string Export { get; } = CommandStartingWith("dotnet run --project src/NightLegCramps.Web -- export ");

    public (int ExitCode, string Output, string Errors) Published { get; private set; }

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(Copy);
        try
        {
            _lock = new FileStream(Path.Combine(Copy, ".test-run.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            Copy = Path.Combine(Path.GetTempPath(), "nlc-readme-" + Guid.NewGuid().ToString("N"));
        }
        Mirror(SiteProcess.Repository, Copy);
        // What the commands write is judged fresh each run.
        foreach (var output in Written.Select(f => Path.Combine(Copy, f)).Where(Directory.Exists)) Directory.Delete(output, recursive: true);
        Published = await BashAsync(Publish);
    }

    public ValueTask DisposeAsync()
    {
        if (_lock is null)
        {
            if (Directory.Exists(Copy)) Directory.Delete(Copy, recursive: true);
        }
        else
        {
            _lock.Dispose();
        }
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

    /// <summary>The folders the README's commands write.</summary>
    private static readonly string[] Written = ["out", "site"];

    private static readonly string[] NotCopied = ["bin", "obj", "out", "site", "TestResults", "node_modules", ".git", ".test-run.lock"];

    /// <summary>
    /// Makes <paramref name="to"/> hold every file of the repository but build output, test results and installed
    /// packages: a file is copied only when its size or time differs, with its time, and a file gone from the
    /// repository is removed from the copy. The copy's own bin/ and obj/ are kept: they are what makes it warm.
    /// </summary>
    private static void Mirror(string from, string to)
    {
        Directory.CreateDirectory(to);
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(from).Where(f => !NotCopied.Contains(Path.GetFileName(f))))
        {
            var name = Path.GetFileName(file);
            wanted.Add(name);
            var source = new FileInfo(file);
            var target = new FileInfo(Path.Combine(to, name));
            if (target.Exists && target.Length == source.Length && target.LastWriteTimeUtc == source.LastWriteTimeUtc) continue;
            source.CopyTo(target.FullName, overwrite: true);
            File.SetLastWriteTimeUtc(target.FullName, source.LastWriteTimeUtc);
        }
        foreach (var folder in Directory.EnumerateDirectories(from).Where(d => !NotCopied.Contains(Path.GetFileName(d))))
        {
            wanted.Add(Path.GetFileName(folder));
            Mirror(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
        foreach (var stale in Directory.EnumerateFileSystemEntries(to).Where(e => !wanted.Contains(Path.GetFileName(e)) && !NotCopied.Contains(Path.GetFileName(e))))
        {
            if (Directory.Exists(stale)) Directory.Delete(stale, recursive: true);
            else File.Delete(stale);
        }
    }

    /// <summary>A name for the checkout that is the same in every run (string.GetHashCode changes per process).</summary>
    private static string StableName(string path) =>
        Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(path)))[..12].ToLowerInvariant();

    [GeneratedRegex(@"```sh\n(?<commands>.*?)```", RegexOptions.Singleline)]
    private static partial Regex ShellBlock();
}

/// <summary>One publish shared by the tests that run the published site (publishing takes a minute).</summary>
[CollectionDefinition(Name)]
[StartFirst]
public sealed class PublishedSite : ICollectionFixture<ReadmeDeployCommands>
{
    public const string Name = "published site";
}

/// <summary>What a user gets from the README's deploy commands.</summary>
[Collection(PublishedSite.Name)]
public sealed class ReadmeDeployCommandsTests(ReadmeDeployCommands readme)
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
