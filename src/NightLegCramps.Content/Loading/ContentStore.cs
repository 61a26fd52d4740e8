using NightLegCramps.Content.Checking;
using NightLegCramps.Content.Languages;
using NightLegCramps.Content.Topics;

namespace NightLegCramps.Content.Loading;

/// <summary>What a reload did, for logging and for evicting cached pages.</summary>
/// <param name="Files">The files read again (or found gone), relative to the content folder.</param>
/// <param name="Findings">What is newly worth telling the editor: every finding in the files read again,
/// and findings in other files that this reload caused (a link to a page that was just deleted).</param>
/// <param name="Content">The snapshot now being served.</param>
internal sealed record ContentReload(IReadOnlyList<string> Files, IReadOnlyList<ContentFinding> Findings, SiteContent Content);

/// <summary>
/// Holds the site's content and keeps it current. Each file keeps its last good topic, so a
/// broken save never takes a page down: the old version is served until the file is fixed.
/// Only the files that changed are read again; the snapshot is rebuilt and swapped in whole.
/// </summary>
internal sealed class ContentStore : IDisposable
{
    private readonly ContentSettings _settings;
    private readonly TopicLoader _loader;
    private readonly SiteLanguages _languages;
    private readonly TimeProvider _clock;
    private readonly Dictionary<string, FileState> _files = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private volatile SiteContent _current = SiteContent.Empty;
    private long _version;
    private ContentWatcher? _watcher;

    // Files whose pages passed the site-wide checks last time; they keep their slugs against newcomers.
    private HashSet<string> _accepted = new(StringComparer.Ordinal);

    public ContentStore(ContentSettings settings, string folder, TimeProvider clock)
    {
        _settings = settings;
        _clock = clock;
        _loader = new TopicLoader(settings, clock);
        _languages = SiteLanguages.Parse(settings.Languages);
        Folder = Path.GetFullPath(folder);
    }

    public string Folder { get; }

    public SiteContent Current => _current;

    /// <summary>Raised after every reload, on the thread that did it.</summary>
    public event Action<ContentReload>? Reloaded;

    /// <summary>Raised when a reload started by the watcher failed as a whole; the previous content is still served.</summary>
    public event Action<Exception>? ReloadFailed;

    /// <summary>
    /// Reads every file in the folder. Files already known keep their last good version,
    /// so reading everything again (after the watcher lost track) cannot take a page down.
    /// </summary>
    public ContentReload LoadAll()
    {
        lock (_gate)
        {
            var names = ContentFolder.MarkdownFiles(Folder).Union(_files.Keys, StringComparer.Ordinal);
            return Apply(names.Order(StringComparer.Ordinal).ToList());
        }
    }

    /// <summary>
    /// Re-reads only the named paths (relative names). A Markdown file that is gone is removed;
    /// any other name is taken as a folder, and every file known or now found under it is re-read.
    /// </summary>
    public ContentReload Refresh(IEnumerable<string> changed)
    {
        lock (_gate)
        {
            var names = Expand(changed);
            // An editor's temporary file came and went: nothing to read, so nothing to rebuild or evict.
            return names.Count == 0 ? new ContentReload([], [], _current) : Apply(names);
        }
    }

    /// <summary>Starts watching the folder; bursts of saves are gathered into one reload.</summary>
    public void Watch()
    {
        _watcher ??= new ContentWatcher(Folder, TimeSpan.FromMilliseconds(_settings.DebounceMilliseconds),
            changed => Refresh(changed), () => LoadAll(), e => ReloadFailed?.Invoke(e));
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

    private ContentReload Apply(IReadOnlyList<string> names)
    {
        var previous = _current;
        var changed = false;
        foreach (var name in names)
        {
            var path = Path.Combine(Folder, name);
            if (!File.Exists(path))
            {
                changed |= _files.Remove(name);
                continue;
            }
            if (!_files.ContainsKey(name) && _files.Count >= _settings.MaxFiles)
            {
                var refused = new FindingList(name);
                refused.Error(1, $"the content folder holds more than {_settings.MaxFiles} files; this one is left out. Remove unused files.");
                _files[name] = new FileState(null, new LoadedFile(name, null, refused.Items));
                changed = true;
                continue;
            }
            var loaded = _loader.Load(path, name); // never throws: a fault becomes that file's error
            if (loaded.Failed && !File.Exists(path))
            {
                changed |= _files.Remove(name); // deleted while it was being read
                continue;
            }
            if (loaded.SourceHash is not null && _files.GetValueOrDefault(name)?.Latest.SourceHash == loaded.SourceHash)
            {
                continue; // the same bytes as last time: another event from the same save
            }
            var lastGood = loaded.Topic ?? _files.GetValueOrDefault(name)?.LastGood;
            _files[name] = new FileState(lastGood, loaded);
            changed = true;
        }
        if (!changed && previous.IsLoaded)
        {
            return new ContentReload([], [], previous); // nothing to rebuild, evict or report
        }
        var content = Build();
        _current = content;
        var reload = new ContentReload(names, NewFindings(previous, content, names), content);
        Reloaded?.Invoke(reload);
        return reload;
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
        var candidates = _files
            .OrderBy(f => _accepted.Contains(f.Key) ? 0 : 1)
            .ThenBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => f.Value.LastGood)
            .OfType<Topic>();
        var accepted = SiteChecks.Run(candidates, file => perFile[file], _languages);
        _accepted = accepted.Select(t => t.SourceFile).ToHashSet(StringComparer.Ordinal);
        var published = accepted.Where(t => _settings.IncludeDrafts || !t.IsDraft).ToList();
        var files = _files
            .OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => new ContentFile(f.Key, f.Value.LastGood, [.. f.Value.Latest.Findings, .. perFile[f.Key].Items])
            {
                ServingLastGood = f.Value.Latest.Failed && f.Value.LastGood is not null,
            })
            .ToList();
        return new SiteContent(published, files, Interlocked.Increment(ref _version), _clock.GetUtcNow(), _languages);
    }

    public void Dispose() => _watcher?.Dispose();

    private sealed record FileState(Topic? LastGood, LoadedFile Latest);
}
