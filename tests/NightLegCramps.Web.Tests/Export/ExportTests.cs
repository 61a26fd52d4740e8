using System.Diagnostics;
using NightLegCramps.Web.Tests.Testing;

namespace NightLegCramps.Web.Tests.Export;

/// <summary>
/// Runs the real <c>export</c> command (the site on a loopback port, fetched over HTTP) and compares
/// every file with what the live site serves for the same address.
/// </summary>
public sealed class ExportTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static readonly string Repository = Path.GetDirectoryName(SiteFactory.RepositoryContent)!;

    [Fact]
    public async Task The_export_holds_every_page_and_asset_with_the_bytes_the_live_site_serves()
    {
        var folder = NewFolderName();
        try
        {
            var (exitCode, output) = await RunExportAsync(folder, "--Site:BaseUrl=https://nightlegcramps.example.org");
            Assert.True(exitCode == 0, output);

            await using var site = new SiteFactory();
            var client = site.CreateClient();
            var files = Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
                .ToHashSet(StringComparer.Ordinal);

            string[] pages = ["index.html", "relief.html", "conditions.html", "what-are-night-leg-cramps.html", "not-recommended.html"];
            Assert.All(pages, p => Assert.Contains(p, files));
            Assert.Contains(files, f => f.StartsWith("css/site.", StringComparison.Ordinal) && f.EndsWith(".css", StringComparison.Ordinal));
            Assert.Contains("404.html", files);

            foreach (var file in files.Where(f => f != "404.html"))
            {
                var live = await client.GetByteArrayAsync(AddressOf(file), Cancel);
                var exported = await File.ReadAllBytesAsync(Path.Combine(folder, file), Cancel);
                Assert.True(live.AsSpan().SequenceEqual(exported), $"{file} differs from the live {AddressOf(file)}");
            }
            using var notFound = await client.GetAsync("/not-found", Cancel);
            Assert.Equal(await notFound.Content.ReadAsByteArrayAsync(Cancel), await File.ReadAllBytesAsync(Path.Combine(folder, "404.html"), Cancel));
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task An_export_refuses_a_folder_that_already_holds_files_and_leaves_them_alone()
    {
        var folder = NewFolderName();
        Directory.CreateDirectory(folder);
        var notes = Path.Combine(folder, "notes.txt");
        await File.WriteAllTextAsync(notes, "keep me", Cancel);
        try
        {
            var (exitCode, output) = await RunExportAsync(folder);

            Assert.NotEqual(0, exitCode);
            Assert.Contains("is not empty", output, StringComparison.Ordinal);
            Assert.Equal(["notes.txt"], Directory.GetFiles(folder).Select(Path.GetFileName));
            Assert.Equal("keep me", await File.ReadAllTextAsync(notes, Cancel));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string NewFolderName() => Path.Combine(Path.GetTempPath(), "nlc-export-" + Guid.NewGuid().ToString("N"));

    /// <summary>The address a static host serves a file at: index.html at /, x.html and x.json at /x.</summary>
    private static string AddressOf(string file) => file switch
    {
        "index.html" => "/",
        _ when file.EndsWith(".html", StringComparison.Ordinal) || file.EndsWith(".json", StringComparison.Ordinal) => "/" + file[..^5],
        _ => "/" + file,
    };

    private static async Task<(int ExitCode, string Output)> RunExportAsync(string folder, params string[] settings)
    {
        // The site built next to these tests, run from its project folder as `dotnet run` would.
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.Combine(Repository, "src", "NightLegCramps.Web"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        string[] args = [Path.Combine(AppContext.BaseDirectory, "NightLegCramps.Web.dll"), "export", folder, $"--Content:Path={SiteFactory.RepositoryContent}", .. settings];
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(Cancel);
        var stderr = process.StandardError.ReadToEndAsync(Cancel);
        await process.WaitForExitAsync(Cancel);
        return (process.ExitCode, await stdout + await stderr);
    }
}
