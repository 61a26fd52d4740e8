using NightLegCramps.Content.Checking;
using NightLegCramps.Content.Conditions;
using NightLegCramps.Content.Languages;

namespace NightLegCramps.Content.Topics;

/// <summary>What one content file contributes right now: the page being served and the problems found.</summary>
internal sealed record ContentFile(string File, Topic? Served, IReadOnlyList<ContentFinding> Findings)
{
    /// <summary>True when the file on disk is broken and an earlier good version is still being served.</summary>
    public bool ServingLastGood { get; init; }

    /// <summary>The findings as of <paramref name="today"/>: the file's own, and a warning if its review is overdue.</summary>
    public IReadOnlyList<ContentFinding> FindingsOn(DateOnly today) =>
        Served is { } page && PageChecks.OverdueReview(page, today) is { } overdue ? [.. Findings, overdue] : Findings;
}

/// <summary>
/// An immutable snapshot of the whole site. A reload builds a new one and swaps it in,
/// so a request always sees one consistent version.
/// </summary>
internal sealed class SiteContent
{
    private readonly Dictionary<string, Topic> _byAlias;
    private readonly Dictionary<string, Edition> _editions;
    private readonly Dictionary<string, Topic> _byPath;
    private readonly ILookup<string, Topic> _versions; // every language's page for one default-language slug

    public SiteContent(IReadOnlyList<Topic> published, IReadOnlyList<ContentFile> files, long version, DateTimeOffset loadedAt, SiteLanguages? languages = null)
    {
        Files = files;
        Version = version;
        LoadedAt = loadedAt;
        Languages = languages ?? SiteLanguages.Parse(new Loading.ContentSettings().Languages);
        _editions = Languages.Codes.ToDictionary(c => c, c => new Edition(c, published.Where(t => t.Language == c)), StringComparer.Ordinal);
        Default = _editions[Languages.Default];
        _byPath = new Dictionary<string, Topic>(StringComparer.Ordinal);
        _byAlias = new Dictionary<string, Topic>(StringComparer.OrdinalIgnoreCase);
        foreach (var topic in published.Where(t => _editions.ContainsKey(t.Language)))
        {
            _byPath.TryAdd(topic.Path, topic);
            foreach (var alias in topic.Aliases) _byAlias.TryAdd(alias, topic);
        }
        // A translation counts as a version of its source only when the source is published, so language
        // links and hreflang alternates always point both ways and only to pages that exist.
        _versions = _byPath.Values
            .Where(t => t.Language == Languages.Default || (t.TranslationOf is { } source && Default.Find(source) is not null))
            .ToLookup(t => t.SourceSlug, StringComparer.Ordinal);
    }

    public static SiteContent Empty { get; } = new([], [], 0, DateTimeOffset.MinValue);

    public SiteLanguages Languages { get; }

    /// <summary>The pages of the default language, served at the root of the site.</summary>
    public Edition Default { get; }

    /// <summary>The pages of one language; an empty edition for a language with no pages (or not configured).</summary>
    public Edition Edition(string language) => _editions.GetValueOrDefault(language) ?? new Edition(language, []);

    /// <summary>The pages in reading order, without the home page.</summary>
    public IReadOnlyList<Topic> Topics => Default.Topics;

    public Topic? Home => Default.Home;

    public Topic? ConditionsTopic => Default.ConditionsTopic;

    public IReadOnlyList<ContentFile> Files { get; }

    /// <summary>Goes up by one with every reload; zero until the content has loaded once.</summary>
    public long Version { get; }

    public DateTimeOffset LoadedAt { get; }

    public bool IsLoaded => Version > 0;

    /// <summary>Every finding as of <paramref name="today"/>, overdue reviews included.</summary>
    public IEnumerable<ContentFinding> FindingsOn(DateOnly today) => Files.SelectMany(f => f.FindingsOn(today));

    public int FilesInError => Files.Count(f => f.Findings.Any(x => x.IsError));

    /// <summary>Every published page of the default language, home first.</summary>
    public IEnumerable<Topic> AllPages => Default.AllPages;

    /// <summary>Every published page in every language, each language's home first.</summary>
    public IEnumerable<Topic> EveryPage => Languages.Codes.SelectMany(c => _editions[c].AllPages);

    public Topic? Find(string slug) => Default.Find(slug);

    /// <summary>The page served at an address such as <c>/relief</c>, <c>/es</c> or <c>/es/alivio</c>.</summary>
    public Topic? FindByPath(string path) => _byPath.GetValueOrDefault(path);

    /// <summary>The page an old address now lives at, if an editor listed it in <c>aliases</c>.</summary>
    public Topic? FindByAlias(string path) => _byAlias.GetValueOrDefault(path.TrimEnd('/'));

    public Topic? Previous(Topic topic) => Edition(topic.Language).Previous(topic);

    public Topic? Next(Topic topic) => Edition(topic.Language).Next(topic);

    /// <summary>
    /// The same page in every language it exists in, in the configured order of languages, the page itself
    /// included; just the page itself when it has no published counterpart.
    /// </summary>
    public IReadOnlyList<Topic> VersionsOf(Topic topic)
    {
        var versions = _versions[topic.SourceSlug].ToList();
        if (!versions.Contains(topic)) return [topic];
        return versions.OrderBy(t => Languages.Codes.ToList().IndexOf(t.Language)).ToList();
    }

    public IReadOnlyList<ConditionCategory> ConditionCategories => Default.ConditionCategories;
}
