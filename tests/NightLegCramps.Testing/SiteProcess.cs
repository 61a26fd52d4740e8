using System.Diagnostics;

namespace NightLegCramps.Testing;

/// <summary>Runs a command as a separate process, as a user or CI would, and collects what it printed.</summary>
public static class SiteProcess
{
    /// <summary>The repository root, found from the test binaries upward.</summary>
    public static string Repository { get; } = Path.GetDirectoryName(SiteFactory.RealContent)!;

    /// <summary>The site built next to these tests, run from its project folder as <c>dotnet run</c> would.</summary>
    public static Task<(int ExitCode, string Output, string Errors)> RunSiteAsync(IEnumerable<string> args, IDictionary<string, string?>? environment = null) =>
        RunAsync("dotnet", [Path.Combine(AppContext.BaseDirectory, "NightLegCramps.Web.dll"), .. args],
            Path.Combine(Repository, "src", "NightLegCramps.Web"), environment);

    /// <summary>
    /// Runs <paramref name="program"/> and waits for it to exit. Settings the test runner may carry in its own
    /// environment (Site__BaseUrl, ASPNETCORE_*) are removed unless given, so the test sees only its own.
    /// </summary>
    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(
        string program, IEnumerable<string> args, string workingDirectory, IDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("Site__", StringComparison.Ordinal) || k.StartsWith("ASPNETCORE_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(key);
        }
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>()) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output, await errors);
    }
}
