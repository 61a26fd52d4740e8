using NightLegCramps.Content.Checking;
using NightLegCramps.Content.Loading;

namespace NightLegCramps.Web.LiveContent;

/// <summary>Loads the content before the site takes requests, watches for edits, and logs every problem found.</summary>
internal sealed partial class ContentReloadService(ContentStore store, ILogger<ContentReloadService> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        store.Reloaded += Report;
        store.ReloadFailed += ReportFailure;
        // Watch first, then load: a save made while the folder is being read is then still seen and read
        // again, instead of falling in the gap between the load and the start of watching.
        store.Watch();
        var content = store.LoadAll().Content;
        var pages = content.AllPages.Count();
        LogLoaded(store.Folder, pages, content.FilesInError);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        store.Reloaded -= Report;
        store.ReloadFailed -= ReportFailure;
        return Task.CompletedTask;
    }

    private void Report(ContentReload reload)
    {
        foreach (var finding in reload.Findings)
        {
            if (finding.IsError) LogError(finding);
            else LogWarning(finding);
        }
        foreach (var file in reload.Content.Files.Where(f => f.ServingLastGood && reload.Files.Contains(f.File)))
        {
            LogServingLastGood(file.File);
        }
        LogReloaded(reload.Files.Count, reload.Content.Version);
    }

    private void ReportFailure(Exception exception) => LogReloadFailed(exception, store.Folder);

    [LoggerMessage(Level = LogLevel.Error, Message = "Content in {Folder} could not be reloaded; the site keeps serving what it had. Save the file again to retry.")]
    private partial void LogReloadFailed(Exception exception, string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Content loaded from {Folder}: {Pages} pages, {FilesInError} files in error")]
    private partial void LogLoaded(string folder, int pages, int filesInError);

    [LoggerMessage(Level = LogLevel.Information, Message = "Content reloaded: {Files} changed files, version {Version}")]
    private partial void LogReloaded(int files, long version);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Finding}")]
    private partial void LogError(ContentFinding finding);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Finding}")]
    private partial void LogWarning(ContentFinding finding);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{File} is broken; its last good version is still being served. Fix the error above and save again.")]
    private partial void LogServingLastGood(string file);
}
