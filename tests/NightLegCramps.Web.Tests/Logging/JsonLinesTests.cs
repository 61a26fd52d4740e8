using System.Diagnostics;
using System.Text.Json;

namespace NightLegCramps.Web.Tests.Logging;

/// <summary>The README's setting for JSON lines, on the real program, as an operator would start it.</summary>
public sealed class JsonLinesTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_readme_setting_gives_one_json_object_per_line_and_one_per_request()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "NightLegCramps.Web.dll"));
        start.Environment["Serilog__WriteTo__0__Args__formatter"] =
            "Serilog.Formatting.Compact.RenderedCompactJsonFormatter, Serilog.Formatting.Compact";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["Content__Path"] = SiteFactory.FixtureContent;
        start.Environment["Site__BaseUrl"] = "https://nightlegcramps.example.org";
        using var process = Process.Start(start)!;
        try
        {
            var listening = await NextEventAsync(process, e => Text(e, "address").StartsWith("http://", StringComparison.Ordinal));
            using var client = new HttpClient { BaseAddress = new Uri(Text(listening, "address")) };

            using var response = await client.GetAsync("/relief?q=words", Cancel);

            var request = await NextEventAsync(process, e => Text(e, "SourceContext") == "Serilog.AspNetCore.RequestLoggingMiddleware");
            Assert.Equal("/relief", Text(request, "RequestPath"));
            Assert.Equal("GET", Text(request, "RequestMethod"));
            Assert.Equal(200, request.GetProperty("StatusCode").GetInt32());
            Assert.True(request.GetProperty("Elapsed").GetDouble() >= 0);
            Assert.Contains("/relief", Text(request, "@m"), StringComparison.Ordinal); // the message, rendered, for people
            Assert.DoesNotContain("words", request.GetRawText(), StringComparison.Ordinal); // not what the reader searched for
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(Cancel);
        }
    }

    private static string Text(JsonElement e, string name) => e.TryGetProperty(name, out var value) ? value.GetString() ?? "" : "";

    /// <summary>Reads the site's output line by line; every line must be a JSON object. Returns the first that matches.</summary>
    private static async Task<JsonElement> NextEventAsync(Process process, Func<JsonElement, bool> wanted)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            using var json = JsonDocument.Parse(line); // throws, failing the test, on a line that is not JSON
            if (wanted(json.RootElement)) return json.RootElement.Clone();
        }
        throw new InvalidOperationException($"the site stopped before the line was logged: {await process.StandardError.ReadToEndAsync(Cancel)}");
    }
}
