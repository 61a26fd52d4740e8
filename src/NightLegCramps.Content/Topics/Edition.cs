using NightLegCramps.Content.Conditions;

namespace NightLegCramps.Content.Topics;

/// <summary>
/// The pages of one language: its home page, its topics in reading order and its conditions page. Each language
/// has its own contents list and previous/next links, so a reader never leaves their language by following them.
/// </summary>
internal sealed class Edition
{
    private readonly Dictionary<string, Topic> _bySlug;
    private readonly Dictionary<string, int> _positionBySlug; // where each page sits in Topics, for Previous and Next

    public Edition(string language, IEnumerable<Topic> published)
    {
        var pages = published.ToList();
        Language = language;
        Home = pages.FirstOrDefault(t => t.IsHome);
        About = pages.FirstOrDefault(t => t.IsAbout);
        Topics = pages.Where(t => !t.IsHome && !t.IsAbout).OrderBy(t => t.Order).ThenBy(t => t.Slug, StringComparer.Ordinal).ToList();
        _bySlug = pages.ToDictionary(t => t.Slug, StringComparer.Ordinal);
        _positionBySlug = Topics.Select((t, i) => (t.Slug, i)).ToDictionary(p => p.Slug, p => p.i, StringComparer.Ordinal);
        ConditionsTopic = Topics.FirstOrDefault(t => t.Conditions is not null);
    }

    public string Language { get; }

    /// <summary>The pages in reading order, without the home page.</summary>
    public IReadOnlyList<Topic> Topics { get; }

    public Topic? Home { get; }

    public Topic? ConditionsTopic { get; }

    /// <summary>The "about this site" page (<c>layout: about</c>): served at its slug, linked from the footer, not a topic.</summary>
    public Topic? About { get; }

    /// <summary>Every published page, home first.</summary>
    public IEnumerable<Topic> AllPages => Home is null ? Topics : Topics.Prepend(Home);

    public bool IsEmpty => _bySlug.Count == 0;

    public Topic? Find(string slug) => _bySlug.GetValueOrDefault(slug);

    public Topic? Previous(Topic topic) => Neighbour(topic, -1);

    public Topic? Next(Topic topic) => Neighbour(topic, +1);

    private Topic? Neighbour(Topic topic, int step)
    {
        if (!_positionBySlug.TryGetValue(topic.Slug, out var index) || Topics[index] != topic) return null;
        var other = index + step;
        return other < 0 || other >= Topics.Count ? null : Topics[other];
    }

    public IReadOnlyList<ConditionCategory> ConditionCategories => ConditionsTopic?.Conditions?.Categories ?? [];
}
