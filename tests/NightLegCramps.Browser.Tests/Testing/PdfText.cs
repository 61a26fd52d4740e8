using System.Diagnostics;

namespace NightLegCramps.Browser.Tests.Testing;

/// <summary>
/// The words on a printed sheet, from poppler's pdftotext. Without it the tests that need it skip and say how to
/// install it, unless REQUIRE_BROWSER=1 (CI), where they fail.
/// </summary>
public static class PdfText
{
    public static async Task<string> LastPageAsync(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), "nlc-print-" + Guid.NewGuid().ToString("N") + ".pdf");
        await File.WriteAllBytesAsync(file, pdf, TestContext.Current.CancellationToken);
        try
        {
            var pages = await RunAsync("pdfinfo", file);
            var count = pages.Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal))["Pages:".Length..].Trim();
            return await RunAsync("pdftotext", "-f", count, "-l", count, "-layout", file, "-");
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<string> RunAsync(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            const string missing = "pdftotext and pdfinfo (poppler-utils) were not found. Install them: apt-get install poppler-utils.";
            if (Environment.GetEnvironmentVariable("REQUIRE_BROWSER") == "1") Assert.Fail(missing + " (REQUIRE_BROWSER=1 demands it.)");
            Assert.Skip(missing);
            throw; // not reached: Skip throws
        }
        using (process)
        {
            var output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
            Assert.True(process.ExitCode == 0, $"{tool} failed: {await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken)}");
            return output;
        }
    }
}
