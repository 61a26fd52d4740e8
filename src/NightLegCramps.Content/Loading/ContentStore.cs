using Microsoft.Extensions.Primitives;
using NightLegCramps.Content.Checking;
using NightLegCramps.Content.Languages;
using NightLegCramps.Content.Topics;

namespace NightLegCramps.Content.Loading;

/// <summary>What a reload did, for logging and for evicting cached pages.</summary>
/// <param name="Files">The files whose content changed (read again with new bytes, or found gone), relative to the content folder.</param>
/// <param name="Findings">What is newly worth telling the editor: every finding in the files read again,
/// and findings in other files that this reload caused (a link to a page that was just deleted).</param>
/// <param name="Content">The snapshot this reload published.</param>
internal sealed record ContentReload(IReadOnlyList<string> Files, IReadOnlyList<ContentFinding> Findings, SiteContent Content)
{
    /// <summary>Files that were deleted, with the address their page had (null when it had none live).</summary>
    public IReadOnlyList<(string File, string? Address)> Deleted { get; init; } = [];
}

/// <summary>How the reloads are going, for <c>/readyz</c>.</summary>
/// <param name="ReloadingSince">When the reload now running started, or null when none is running.</param>
/// <param name="SlowFiles">Files that took longer than their time budget the last time they were read.</param>
internal sealed record ReloadHealth(DateTimeOffset? ReloadingSince, IReadOnlyList<string> SlowFiles);

/// <summary>
/// Holds the site's content and keeps it current. Each file keeps its last good topic, so a broken
/// save never takes a page down: the old version is served until the file is fixed. Only the files
/// that changed are read again; the snapshot is rebuilt and swapped in whole.
/// </summary>
/// <remarks>
/// A reload is worked out under a lock (one at a time), and published after the lock is released:
/// the change token fires outside it, so whatever reacts (logging, cache eviction) never runs under the
/// lock, and a subscriber that throws cannot undo or misreport a reload that has already gone live.
/// </remarks>
internal sealed class ContentStore : IDisposable
{
    private const int ReloadsKept = 64;

    private readonly ContentSettings _settings;
    private readonly TopicLoader _loader;
    private readonly SiteLanguages _languages;
    private readonly ReservedAddresses _reserved;
    private readonly TimeProvider _clock;
    private readonly Dictionary<string, FileState> _files = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly Lock _published = new();
    private readonly Queue<ContentReload> _recent = new();
    private readonly Dictionary<string, Task> _overBudget = new(StringComparer.Ordinal);
    private volatile SiteContent _current = SiteContent.Empty;
    private CancellationTokenSource _reloadToken = new();
    private long _version;
    private DateTimeOffset? _reloadingSince;
    private ContentWatcher? _watcher;

    // Files whose pages passed the site-wide checks last time; they keep their slugs against newcomers.
    private HashSet<string> _accepted = new(StringComparer.Ordinal);

    /// <param name="reserved">The addresses the site serves itself (from the web app); none for a folder on its own.</param>
    public ContentStore(ContentSettings settings, string folder, TimeProvider clock, ReservedAddresses? reserved = null)
    {
        _settings = settings;
        _clock = clock;
        _reserved = reserved ?? ReservedAddresses.None;
        _loader = new TopicLoader(settings);
        _languages = SiteLanguages.Parse(settings.Languages);
        Folder = Path.GetFullPath(folder);
    }

    public string Folder { get; }

    public SiteContent Current => _current;

    /// <summary>
    /// Fires once after each published reload (use with <c>ChangeToken.OnChange</c>), on the thread that
    /// did the reload but outside the store's lock. Read <see cref="ReloadsSince"/> to see what changed.
    /// </summary>
    public IChangeToken GetReloadToken() => new CancellationChangeToken(Volatile.Read(ref _reloadToken).Token);

    /// <summary>The reloads published after <paramref name="version"/>, oldest first (the last 64 are kept).</summary>
    public IReadOnlyList<ContentReload> ReloadsSince(long version)
    {
        lock (_published)
        {
            return _recent.Where(r => r.Content.Version > version).ToList();
        }
    }

    /// <summary>Raised when a reload started by the watcher failed as a whole; the previous content is still served.</summary>
    public event Action<Exception>? ReloadFailed;

    /// <summary>Raised when something reacting to a published reload threw; the reload itself is live.</summary>
    public event Action<Exception, long>? SubscriberFailed;

    public ReloadHealth Health
    {
        get
        {
            lock (_overBudget)
            {
                return new ReloadHealth(_reloadingSince, _overBudget.Keys.Order(StringComparer.Ordinal).ToList());
            }
        }
    }

    /// <summary>
    /// Reads every file in the folder. Files already known keep their last good version,
    /// so reading everything again (after the watcher lost track) cannot take a page down.
    /// </summary>
    public ContentReload LoadAll() => Publish(() =>
    {
        var names = ContentFolder.MarkdownFiles(Folder).Union(_files.Keys, StringComparer.Ordinal);
        return Apply(names.Order(StringComparer.Ordinal).ToList());
    });

    /// <summary>
    /// Re-reads only the named paths (relative names). A Markdown file that is gone is removed;
    /// any other name is taken as a folder, and every file known or now found under it is re-read.
    /// </summary>
    public ContentReload Refresh(IEnumerable<string> changed) => Publish(() =>
    {
        var names = Expand(changed);
        // An editor's temporary file came and went: nothing to read, so nothing to rebuild or evict.
        return names.Count == 0 ? null : Apply(names);
    });

    /// <summary>Starts watching the folder; bursts of saves are gathered into one reload.</summary>
    public void Watch()
    {
        _watcher ??= new ContentWatcher(Folder, TimeSpan.FromMilliseconds(_settings.DebounceMilliseconds), _clock,
            changed => Refresh(changed), () => LoadAll(), e => ReloadFailed?.Invoke(e));
    }

    /// <summary>Works out a reload under the lock, then tells the subscribers after releasing it.</summary>
    private ContentReload Publish(Func<ContentReload?> reload)
    {
        ContentReload? done;
        lock (_gate)
        {
            _reloadingSince = _clock.GetUtcNow();
            try
            {
                done = reload();
                if (done is not null)
                {
                    lock (_published)
                    {
                        _recent.Enqueue(done);
                        while (_recent.Count > ReloadsKept) _recent.Dequeue();
                    }
                }
            }
            finally
            {
                _reloadingSince = null;
            }
        }
        if (done is null) return new ContentReload([], [], _current);
        var fired = Interlocked.Exchange(ref _reloadToken, new CancellationTokenSource());
        try
        {
            fired.Cancel();
        }
        catch (AggregateException e)
        {
            SubscriberFailed?.Invoke(e.InnerExceptions.Count == 1 ? e.InnerExceptions[0] : e, done.Content.Version);
        }
        finally
        {
            fired.Dispose();
        }
        return done;
    }

    private List<string> Expand(IEnumerable<string> changed)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var name in changed)
        {
            if (ContentFolder.IsMarkdown(name))
            {
                names.Add(name);
                continue;
            }
            if (ContentFolder.IsLink(Path.Combine(Folder, name)))
            {
                names.Add(name.TrimEnd('/') + "/"); // a linked folder is reported, never walked
                continue;
            }
            var prefix = name == "." ? "" : name.TrimEnd('/') + "/";
            names.UnionWith(_files.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)));
            var folder = Path.Combine(Folder, name);
            if (Directory.Exists(folder))
            {
                names.UnionWith(ContentFolder.MarkdownFiles(folder).Select(f => prefix + f));
            }
        }
        return [.. names];
    }

    /// <returns>The reload, or null when nothing changed and nothing needs telling.</returns>
    private ContentReload? Apply(IReadOnlyList<string> names)
    {
        var previous = _current;
        var changed = new List<string>();
        var deleted = new List<(string, string?)>();
        foreach (var name in names)
        {
            var path = Path.Combine(Folder, name);
            if (ContentFolder.IsLinkedFolder(name))
            {
                var refused = new FindingList(name);
                refused.Error(1, $"this folder is a link to {SafeFile.RealPath(path)}; the site reads only the content folder itself, so nothing in it is published. Move the files into the content folder instead.");
                _files[name] = new FileState(null, new LoadedFile(name, null, refused.Items));
                changed.Add(name);
                continue;
            }
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                if (_files.Remove(name, out var gone))
                {
                    changed.Add(name);
                    deleted.Add((name, gone.LastGood is { } page && previous.FindByPath(page.Path)?.SourceFile == name ? page.Path : null));
                }
                continue;
            }
            if (!_files.ContainsKey(name) && _files.Count >= _settings.MaxFiles)
            {
                var refused = new FindingList(name);
                refused.Error(1, $"the content folder holds more than {_settings.MaxFiles} files; this one is left out. Remove unused files.");
                _files[name] = new FileState(null, new LoadedFile(name, null, refused.Items));
                changed.Add(name);
                continue;
            }
            var known = _files.GetValueOrDefault(name);
            var loaded = LoadWithinBudget(path, name, known?.Latest.SourceHash);
            if (loaded is null) continue; // the same bytes as last time: another event from the same save
            if (loaded.Failed && !File.Exists(path))
            {
                if (_files.Remove(name)) changed.Add(name); // deleted while it was being read
                continue;
            }
            // Any error keeps the last good version: a page goes live whole and checked, or not at all.
            var lastGood = loaded.Blocked ? known?.LastGood : loaded.Topic;
            _files[name] = new FileState(lastGood, loaded);
            changed.Add(name);
        }
        if (changed.Count == 0 && previous.IsLoaded)
        {
            return null; // nothing to rebuild, evict or report
        }
        var content = Build();
        _current = content;
        return new ContentReload(changed, NewFindings(previous, content, changed), content) { Deleted = deleted };
    }

    /// <summary>
    /// Reads and builds one file on a worker, waiting at most the file's time budget. A file that takes longer
    /// is left out with a finding so the other files still reload; it is not started again while the first
    /// attempt is still running.
    /// </summary>
    /// <returns>The loaded file, or null when its bytes are the same as last time.</returns>
    private LoadedFile? LoadWithinBudget(string path, string name, string? knownHash)
    {
        lock (_overBudget)
        {
            if (_overBudget.ContainsKey(name)) return OverBudget(name, stillRunning: true);
        }
        // Its own thread, not the thread pool: a busy pool (many requests, or a test run) must not eat the budget
        // before the work even starts, and a runaway file must not hold a pool thread.
        // The thread leaves its result (or its exception) here and then completes `work`, which only tells an
        // over-budget file when it is free again; the reload reads the result after Join, never blocking on a task.
        var work = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        LoadedFile? result = null;
        System.Runtime.ExceptionServices.ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                var findings = new FindingList(name);
                var source = _loader.Read(path, name, findings);
                result = source is null ? new LoadedFile(name, null, findings.Items)
                    : source.Hash == knownHash ? null
                    : _loader.Parse(source, name);
            }
#pragma warning disable CA1031 // An exception on this thread would end the process; the reload reports it instead.
            catch (Exception e)
#pragma warning restore CA1031
            {
                failure = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e);
            }
            work.SetResult();
        })
        {
            IsBackground = true,
            Name = "content load " + name,
        };
        thread.Start();
        if (thread.Join(TimeSpan.FromMilliseconds(_settings.FileLoadBudgetMilliseconds)))
        {
            failure?.Throw();
            return result;
        }
        lock (_overBudget)
        {
            _overBudget[name] = work.Task;
        }
        work.Task.ContinueWith(_ =>
        {
            lock (_overBudget) _overBudget.Remove(name);
        }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return OverBudget(name, stillRunning: false);
    }

    private LoadedFile OverBudget(string name, bool stillRunning)
    {
        var findings = new FindingList(name);
        findings.Error(1, stillRunning
            ? "file is still being read from an earlier save that took too long; it is left out until that ends. Simplify the file and save it again."
            : $"file took longer than {_settings.FileLoadBudgetMilliseconds:N0} ms to read and build, so it is left out (its last good version stays). Simplify its front matter and formatting.");
        return new LoadedFile(name, null, findings.Items);
    }

    private static List<ContentFinding> NewFindings(SiteContent previous, SiteContent current, IReadOnlyList<string> reread)
    {
        var before = previous.Files.ToDictionary(f => f.File, f => f.Findings, StringComparer.Ordinal);
        return current.Files
            .SelectMany(f => reread.Contains(f.File, StringComparer.Ordinal)
                ? f.Findings
                : f.Findings.Except(before.GetValueOrDefault(f.File) ?? []))
            .ToList();
    }

    private SiteContent Build()
    {
        var perFile = _files.ToDictionary(f => f.Key, f => new FindingList(f.Key), StringComparer.Ordinal);
        // A file held back by an error is still checked whole against the site, so the editor hears about its
        // broken links, clashing slugs and old addresses in the same pass as the error that held it back: a
        // file never published takes part in the site checks (without being published), and a file whose last
        // good version is live has its links checked in its latest version.
        var neverPublished = _files
            .Where(f => f.Value is { LastGood: null, Latest: { Blocked: true, Topic: not null } })
            .ToDictionary(f => f.Key, f => f.Value.Latest.Topic!, StringComparer.Ordinal);
        var heldBack = _files
            .Where(f => f.Value is { LastGood: not null, Latest: { Blocked: true, Topic: not null } })
            .ToDictionary(f => f.Key, f => f.Value.Latest.Topic!, StringComparer.Ordinal);
        var candidates = _files
            .OrderBy(f => _accepted.Contains(f.Key) ? 0 : 1)
            .ThenBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => f.Value.LastGood ?? neverPublished.GetValueOrDefault(f.Key))
            .OfType<Topic>();
        var accepted = SiteChecks.Run(candidates, file => perFile[file], _languages, _reserved, heldBack)
            .Where(t => !neverPublished.ContainsKey(t.SourceFile))
            .ToList();
        _accepted = accepted.Select(t => t.SourceFile).ToHashSet(StringComparer.Ordinal);
        var published = accepted.Where(t => _settings.IncludeDrafts || !t.IsDraft).ToList();
        var files = _files
            .OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => new ContentFile(f.Key, f.Value.LastGood, [.. f.Value.Latest.Findings, .. perFile[f.Key].Items])
            {
                ServingLastGood = f.Value.Latest.Blocked && f.Value.LastGood is not null,
            })
            .ToList();
        return new SiteContent(published, files, Interlocked.Increment(ref _version), _clock.GetUtcNow(), _languages);
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _reloadToken.Dispose();
    }

    private sealed record FileState(Topic? LastGood, LoadedFile Latest);
}
