using Microsoft.Extensions.Options;
using NightLegCramps.Content.Checking;
using NightLegCramps.Content.Loading;
using NightLegCramps.Web.LiveContent;

namespace NightLegCramps.Web.Commands;

/// <summary><c>check-content [PATH]</c>: checks a content folder (by default the configured one) and exits 1 on errors.</summary>
internal static class CheckContentCommand
{
    /// <summary>
    /// The site's settings as typed, except that the site's own log is quiet below errors: what the command prints
    /// is the report, one finding per line, which editors read and CI parses (a missing wwwroot is not a finding).
    /// </summary>
    public static string[] HostSettings(string[] settings) =>
        ["--Serilog:MinimumLevel:Default=Error", "--Serilog:MinimumLevel:Override:Microsoft=Error", .. settings];

    /// <summary>
    /// Runs on the built site, so it checks with the site's own settings and the addresses the site really
    /// serves (a page cannot take <c>/api</c> or <c>/css</c>), and finds exactly what the site would.
    /// </summary>
    public static Task<int> RunAsync(WebApplication app, IReadOnlyList<string> arguments)
    {
        var settings = app.Services.GetRequiredService<IOptions<ContentSettings>>().Value;
        var folder = arguments is [var path]
            ? ContentFolder.Resolve(path, UserFolder.Current)
            : ContentServiceExtensions.ResolveFolder(settings, app.Environment.ContentRootPath);
        var report = ContentChecker.Run(folder, settings, app.Services.GetRequiredService<TimeProvider>(), app.Services.GetRequiredService<ReservedAddresses>());
        report.WriteTo(Console.Out);
        return Task.FromResult(report.ExitCode);
    }
}
