using Microsoft.Extensions.Primitives;
using NightLegCramps.Content;
using NightLegCramps.Content.Checking;
using NightLegCramps.Content.Loading;

namespace NightLegCramps.Web.LiveContent;

/// <summary>
/// Loads the content before the site takes requests, watches for edits, and logs every reload in plain words:
/// which file was reloaded, added or deleted (with its address), and what is wrong in it.
/// </summary>
/// <remarks>
/// It reacts to the store's change token, so it runs after a reload is live and outside the store's lock;
/// it reads every reload published since the last one it logged, so none is skipped when two come at once.
/// </remarks>
internal sealed partial class ContentReloadService(ContentStore store, ILogger<ContentReloadService> logger) : IHostedService, IDisposable
{
    /// <summary>A file with thousands of problems must not flood the log on every save: the rest are counted.</summary>
    public const int FindingsLoggedPerFile = 20;

    private readonly Lock _gate = new();
    private long _logged;
    private IDisposable? _subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        store.ReloadFailed += ReportFailure;
        store.SubscriberFailed += ReportSubscriberFailure;
        // Watch first, then load: a save made while the folder is being read is then still seen and read
        // again, instead of falling in the gap between the load and the start of watching.
        store.Watch();
        var first = store.LoadAll();
        lock (_gate)
        {
            LogFindings(first.Findings);
            _logged = first.Content.Version;
        }
        var content = first.Content;
        // Every language's pages, the number check-content reports as published.
        var pages = Counted.Of(content.EveryPage.Count(), "page");
        var inError = Counted.Of(content.FilesInError, "file");
        LogLoaded(store.Folder, pages, inError);
        _subscription = ChangeToken.OnChange(store.GetReloadToken, ReportNewReloads);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        store.ReloadFailed -= ReportFailure;
        store.SubscriberFailed -= ReportSubscriberFailure;
        return Task.CompletedTask;
    }

    public void Dispose() => _subscription?.Dispose();

    private void ReportNewReloads()
    {
        lock (_gate)
        {
            foreach (var reload in store.ReloadsSince(_logged))
            {
                Report(reload);
                _logged = reload.Content.Version;
            }
        }
    }

    private void Report(ContentReload reload)
    {
        LogFindings(reload.Findings);
        var deleted = reload.Deleted.ToDictionary(d => d.File, d => d.Address, StringComparer.Ordinal);
        foreach (var file in reload.Files)
        {
            var name = ContentFinding.Printable(file);
            if (deleted.TryGetValue(file, out var address))
            {
                if (address is null) LogDeleted(name);
                else LogDeletedPage(name, address);
            }
            else if (reload.Content.Files.FirstOrDefault(f => f.File == file) is { ServingLastGood: true })
            {
                LogServingLastGood(name);
            }
            else
            {
                LogFileReloaded(name);
            }
        }
        var files = Counted.Of(reload.Files.Count, "file");
        LogReloaded(files, reload.Content.Version);
    }

    private void LogFindings(IEnumerable<ContentFinding> findings)
    {
        foreach (var file in findings.GroupBy(f => f.File, StringComparer.Ordinal))
        {
            var all = file.ToList();
            foreach (var finding in all.Take(FindingsLoggedPerFile))
            {
                if (finding.IsError) LogError(finding.ToString());
                else LogWarning(finding.ToString());
            }
            if (all.Count > FindingsLoggedPerFile)
            {
                var more = Counted.Of(all.Count - FindingsLoggedPerFile, "more problem");
                LogMoreFindings(ContentFinding.Printable(file.Key), more);
            }
        }
    }

    private void ReportFailure(Exception exception) => LogReloadFailed(exception, store.Folder);

    private void ReportSubscriberFailure(Exception exception, long version) => LogSubscriberFailed(exception, version);

    [LoggerMessage(Level = LogLevel.Error, Message = "Content in {Folder} could not be reloaded; the site keeps serving what it had. Save the file again to retry.")]
    private partial void LogReloadFailed(Exception exception, string folder);

    [LoggerMessage(Level = LogLevel.Error, Message = "Content version {Version} is live, but a part of the site that reacts to reloads failed")]
    private partial void LogSubscriberFailed(Exception exception, long version);

    [LoggerMessage(Level = LogLevel.Information, Message = "Content loaded from {Folder}: {Pages}, {FilesInError} in error")]
    private partial void LogLoaded(string folder, string pages, string filesInError);

    [LoggerMessage(Level = LogLevel.Information, Message = "Content reloaded: {Files} changed, version {Version}")]
    private partial void LogReloaded(string files, long version);

    [LoggerMessage(Level = LogLevel.Information, Message = "{File} reloaded")]
    private partial void LogFileReloaded(string file);

    [LoggerMessage(Level = LogLevel.Information, Message = "{File} deleted; its page {Address} is gone")]
    private partial void LogDeletedPage(string file, string address);

    [LoggerMessage(Level = LogLevel.Information, Message = "{File} deleted")]
    private partial void LogDeleted(string file);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Finding}")]
    private partial void LogError(string finding);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Finding}")]
    private partial void LogWarning(string finding);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{File}: {More} not shown; run check-content to see them all")]
    private partial void LogMoreFindings(string file, string more);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{File} has errors; its last good version is still being served. Fix the errors above and save again.")]
    private partial void LogServingLastGood(string file);
}
