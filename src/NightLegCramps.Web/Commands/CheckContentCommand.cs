using NightLegCramps.Content.Checking;
using NightLegCramps.Content.Loading;
using NightLegCramps.Web.LiveContent;

namespace NightLegCramps.Web.Commands;

/// <summary><c>check-content [PATH]</c>: checks a content folder (by default the configured one) and exits 1 on errors.</summary>
public static class CheckContentCommand
{
    public static int Run(string[] args)
    {
        var path = args.FirstOrDefault(a => !a.StartsWith('-'));
        var builder = WebApplication.CreateBuilder(args.Where(a => a != path).ToArray());
        var settings = builder.Configuration.GetSection(ContentSettings.SectionName).Get<ContentSettings>() ?? new ContentSettings();
        var folder = path is null
            ? ContentServiceExtensions.ResolveFolder(settings, builder.Environment.ContentRootPath)
            : ContentFolder.Resolve(path, UserFolder.Current);
        var report = ContentChecker.Run(folder, settings, TimeProvider.System);
        report.WriteTo(Console.Out);
        return report.ExitCode;
    }
}
