namespace NightLegCramps.Content.Loading;

/// <summary>
/// Watches the content folder and reports which Markdown files changed, once a burst of
/// saves has been quiet for the debounce interval. Editors' tools often save a file as
/// several writes and renames; reloading once per burst keeps the site steady.
/// </summary>
public sealed class ContentWatcher : IDisposable
{
    private readonly string _folder;
    private readonly FileSystemWatcher _watcher;
    private readonly Timer _timer;
    private readonly TimeSpan _quiet;
    private readonly Action<IReadOnlyList<string>> _changed;
    private readonly Action _lostTrack;
    private readonly Lock _gate = new();
    private HashSet<string> _pending = new(StringComparer.Ordinal);
    private bool _rescan;

    public ContentWatcher(string folder, TimeSpan quiet, Action<IReadOnlyList<string>> changed, Action lostTrack)
    {
        _folder = folder;
        _quiet = quiet;
        _changed = changed;
        _lostTrack = lostTrack;
        _timer = new Timer(_ => Flush());
        Directory.CreateDirectory(folder);
        _watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 64 * 1024,
        };
        _watcher.Created += (_, e) => Note(e.FullPath);
        _watcher.Changed += (_, e) => Note(e.FullPath);
        _watcher.Deleted += (_, e) => Note(e.FullPath);
        _watcher.Renamed += (_, e) =>
        {
            Note(e.OldFullPath);
            Note(e.FullPath);
        };
        // The OS dropped events (too many at once): read the whole folder again rather than guess.
        _watcher.Error += (_, _) => Schedule(() => _rescan = true);
        _watcher.EnableRaisingEvents = true;
    }

    private void Note(string fullPath)
    {
        if (Directory.Exists(fullPath) || !ContentFolder.IsMarkdown(fullPath))
        {
            // A folder added, removed or renamed changes many files at once.
            if (!ContentFolder.IsMarkdown(fullPath)) Schedule(() => _rescan = true);
            return;
        }
        Schedule(() => _pending.Add(ContentFolder.RelativeName(_folder, fullPath)));
    }

    private void Schedule(Action record)
    {
        lock (_gate)
        {
            record();
            _timer.Change(_quiet, Timeout.InfiniteTimeSpan);
        }
    }

    private void Flush()
    {
        HashSet<string> files;
        bool rescan;
        lock (_gate)
        {
            (files, _pending) = (_pending, new HashSet<string>(StringComparer.Ordinal));
            (rescan, _rescan) = (_rescan, false);
        }
        if (rescan) _lostTrack();
        else if (files.Count > 0) _changed(files.ToList());
    }

    public void Dispose()
    {
        _watcher.Dispose();
        _timer.Dispose();
    }
}
