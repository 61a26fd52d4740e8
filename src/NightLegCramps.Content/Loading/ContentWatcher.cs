namespace NightLegCramps.Content.Loading;

/// <summary>
/// Watches the content folder and reports which paths changed, through a <see cref="SaveDebounce"/>: once a
/// burst of saves is over and each file has stopped changing.
/// </summary>
/// <remarks>
/// Reported names are relative to the folder: Markdown files, plus any other path that is not a
/// plain file (a folder added, removed or renamed), which the store expands to the files under it.
/// Other files, such as an editor's swap and backup files, are ignored.
/// </remarks>
internal sealed class ContentWatcher : IDisposable
{
    private readonly string _folder;
    private readonly FileSystemWatcher _watcher;
    private readonly SaveDebounce _debounce;

    public ContentWatcher(string folder, TimeSpan quiet, TimeProvider clock, Action<IReadOnlyList<string>> changed, Action lostTrack, Action<Exception> failed)
    {
        _folder = folder;
        _debounce = new SaveDebounce(folder, quiet, clock, changed, lostTrack, failed);
        Directory.CreateDirectory(folder);
        _watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 64 * 1024,
        };
        _watcher.Created += (_, e) => Note(e.FullPath);
        _watcher.Changed += (_, e) =>
        {
            // A folder "changes" whenever a file in it does; that file has its own event.
            if (ContentFolder.IsMarkdown(e.FullPath) || Conditions.ConditionWords.PageFor(e.FullPath) is not null) Note(e.FullPath);
        };
        _watcher.Deleted += (_, e) => Note(e.FullPath);
        _watcher.Renamed += (_, e) =>
        {
            Note(e.OldFullPath);
            Note(e.FullPath);
        };
        // The OS dropped events (too many at once): read the whole folder again rather than guess.
        _watcher.Error += (_, _) => _debounce.LostTrack();
        _watcher.EnableRaisingEvents = true;
    }

    private void Note(string fullPath)
    {
        // A conditions page's words file is read with the page: its change is the page's change.
        fullPath = Conditions.ConditionWords.PageFor(fullPath) ?? fullPath;
        if (!ContentFolder.IsMarkdown(fullPath) && File.Exists(fullPath))
        {
            return; // a swap, backup or temporary file; its rename to *.md is reported in its own event
        }
        var name = ContentFolder.RelativeName(_folder, fullPath);
        if (name == ".." || name.StartsWith("../", StringComparison.Ordinal)) return; // outside the folder
        _debounce.Changed(name);
    }

    public void Dispose()
    {
        _watcher.Dispose();
        _debounce.Dispose();
    }
}

/// <summary>
/// Decides when to report changed paths: once a burst of changes has been quiet for the debounce interval
/// (or, during a long burst, at the latest after four intervals, so a busy folder still shows changes quickly).
/// Editors' tools often save a file as several writes and renames; reloading once per burst keeps the site
/// steady. A file is reported only once its size and last-write time have stayed the same across a whole
/// interval: a tool that saves in place, in chunks, is not read half-way through. Time comes from a
/// <see cref="TimeProvider"/>, so the waits can be tested without waiting.
/// </summary>
internal sealed class SaveDebounce : IDisposable
{
    private readonly string _folder;
    private readonly ITimer _timer;
    private readonly TimeProvider _clock;
    private readonly Dictionary<string, FileStamp?> _stamps = new(StringComparer.Ordinal);
    private readonly TimeSpan _quiet;
    private readonly TimeSpan _longest;
    private readonly Action<IReadOnlyList<string>> _changed;
    private readonly Action _lostTrack;
    private readonly Action<Exception> _failed;
    private readonly Lock _gate = new();
    private HashSet<string> _pending = new(StringComparer.Ordinal);
    private bool _rescan;
    private DateTimeOffset? _burstStarted;

    /// <param name="folder">The folder the names are relative to, for each file's size and time.</param>
    /// <param name="quiet">How long a burst must be quiet, and a file unchanged, before it is reported.</param>
    /// <param name="clock">The time the waits are measured in.</param>
    /// <param name="changed">Told the names that changed, on a timer thread.</param>
    /// <param name="lostTrack">Told to read the whole folder again (the OS dropped events).</param>
    /// <param name="failed">Told when either of those threw, instead of ending the process.</param>
    public SaveDebounce(string folder, TimeSpan quiet, TimeProvider clock, Action<IReadOnlyList<string>> changed, Action lostTrack, Action<Exception> failed)
    {
        _folder = folder;
        _clock = clock;
        _quiet = quiet;
        _longest = quiet * 4;
        _changed = changed;
        _lostTrack = lostTrack;
        _failed = failed;
        _timer = clock.CreateTimer(_ => Flush(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>A path (relative to the folder) changed: a file saved, added, deleted or renamed, or a folder.</summary>
    public void Changed(string name)
    {
        var stamp = FileStamp.Of(Path.Combine(_folder, name));
        Schedule(() =>
        {
            _pending.Add(name);
            _stamps[name] = stamp;
        });
    }

    /// <summary>Changes were missed: the next report is "read everything again".</summary>
    public void LostTrack() => Schedule(() => _rescan = true);

    private void Schedule(Action record)
    {
        lock (_gate)
        {
            record();
            var now = _clock.GetUtcNow();
            _burstStarted ??= now;
            var latest = _burstStarted.Value + _longest - now;
            _timer.Change(latest < _quiet ? (latest > TimeSpan.Zero ? latest : TimeSpan.Zero) : _quiet, Timeout.InfiniteTimeSpan);
        }
    }

    private void Flush()
    {
        HashSet<string> names;
        bool rescan;
        lock (_gate)
        {
            (names, _pending) = (_pending, new HashSet<string>(StringComparer.Ordinal));
            (rescan, _rescan) = (_rescan, false);
            _burstStarted = null;
            // A file still growing or being rewritten waits for one more quiet interval, stamped anew.
            foreach (var name in names.ToList())
            {
                var now = FileStamp.Of(Path.Combine(_folder, name));
                if (_stamps.Remove(name, out var before) && before == now) continue;
                names.Remove(name);
                _pending.Add(name);
                _stamps[name] = now;
            }
            if (_pending.Count > 0)
            {
                _burstStarted = _clock.GetUtcNow();
                _timer.Change(_quiet, Timeout.InfiniteTimeSpan);
            }
        }
        // This runs on a timer thread: an exception here would end the process, so hand it to the owner.
        try
        {
            if (rescan) _lostTrack();
            else if (names.Count > 0) _changed(names.ToList());
        }
#pragma warning disable CA1031 // Any failure must be reported, not crash the site; the owner logs it.
        catch (Exception e)
#pragma warning restore CA1031
        {
            _failed(e);
        }
    }

    public void Dispose() => _timer.Dispose();
}

/// <summary>A file's size and last-write time: when neither moves across a quiet interval, the save is done.</summary>
internal sealed record FileStamp(long Length, DateTime LastWriteUtc)
{
    public static FileStamp? Of(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc) : null;
    }
}
