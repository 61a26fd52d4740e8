using NightLegCramps.Content.Checking;
using NightLegCramps.Content.Conditions;

namespace NightLegCramps.Content.Topics;

/// <summary>What one content file contributes right now: the page being served and the problems found.</summary>
public sealed record ContentFile(string File, Topic? Served, IReadOnlyList<ContentFinding> Findings)
{
    /// <summary>True when the file on disk is broken and an earlier good version is still being served.</summary>
    public bool ServingLastGood { get; init; }
}

/// <summary>
/// An immutable snapshot of the whole site. A reload builds a new one and swaps it in,
/// so a request always sees one consistent version.
/// </summary>
public sealed class SiteContent
{
    private readonly Dictionary<string, Topic> _bySlug;
    private readonly Dictionary<string, Topic> _byAlias;
    private readonly Dictionary<string, int> _positionBySlug; // where each page sits in Topics, for Previous and Next

    public SiteContent(IReadOnlyList<Topic> published, IReadOnlyList<ContentFile> files, long version, DateTimeOffset loadedAt)
    {
        Files = files;
        Version = version;
        LoadedAt = loadedAt;
        Home = published.FirstOrDefault(t => t.IsHome);
        Topics = published.Where(t => !t.IsHome).OrderBy(t => t.Order).ThenBy(t => t.Slug, StringComparer.Ordinal).ToList();
        _bySlug = published.ToDictionary(t => t.Slug, StringComparer.Ordinal);
        _positionBySlug = Topics.Select((t, i) => (t.Slug, i)).ToDictionary(p => p.Slug, p => p.i, StringComparer.Ordinal);
        _byAlias = new Dictionary<string, Topic>(StringComparer.OrdinalIgnoreCase);
        foreach (var topic in published)
        {
            foreach (var alias in topic.Aliases) _byAlias.TryAdd(alias, topic);
        }
        ConditionsTopic = Topics.FirstOrDefault(t => t.Conditions is not null);
    }

    public static SiteContent Empty { get; } = new([], [], 0, DateTimeOffset.MinValue);

    /// <summary>The pages in reading order, without the home page.</summary>
    public IReadOnlyList<Topic> Topics { get; }

    public Topic? Home { get; }

    public Topic? ConditionsTopic { get; }

    public IReadOnlyList<ContentFile> Files { get; }

    /// <summary>Goes up by one with every reload; zero until the content has loaded once.</summary>
    public long Version { get; }

    public DateTimeOffset LoadedAt { get; }

    public bool IsLoaded => Version > 0;

    public IEnumerable<ContentFinding> Findings => Files.SelectMany(f => f.Findings);

    public int FilesInError => Files.Count(f => f.Findings.Any(x => x.IsError));

    /// <summary>Every published page, home first.</summary>
    public IEnumerable<Topic> AllPages => Home is null ? Topics : Topics.Prepend(Home);

    public Topic? Find(string slug) => _bySlug.GetValueOrDefault(slug);

    /// <summary>The page an old address now lives at, if an editor listed it in <c>aliases</c>.</summary>
    public Topic? FindByAlias(string path) => _byAlias.GetValueOrDefault(path.TrimEnd('/'));

    public Topic? Previous(Topic topic) => Neighbour(topic, -1);

    public Topic? Next(Topic topic) => Neighbour(topic, +1);

    private Topic? Neighbour(Topic topic, int step)
    {
        if (!_positionBySlug.TryGetValue(topic.Slug, out var index)) return null;
        var other = index + step;
        return other < 0 || other >= Topics.Count ? null : Topics[other];
    }

    public IReadOnlyList<ConditionCategory> ConditionCategories => ConditionsTopic?.Conditions?.Categories ?? [];
}
