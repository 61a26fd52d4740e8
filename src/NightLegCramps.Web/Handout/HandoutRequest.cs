using Microsoft.Extensions.Primitives;
using NightLegCramps.Content.Topics;

namespace NightLegCramps.Web.Handout;

/// <summary>
/// The topics a clinician picked, in the order asked. The form sends <c>topics=a&amp;topics=b</c> (reading order);
/// a typed or shared link may say <c>topics=b,a</c> to choose its own order. Both are read the same way.
/// </summary>
internal sealed record HandoutRequest(IReadOnlyList<Topic> Topics, IReadOnlyList<string> Ignored)
{
    /// <summary>What the handout's address starts with: nothing in the default language, <c>/es</c> in Spanish.</summary>
    public string PathPrefix { get; init; } = "";

    public const string Path = "/handout";

    /// <summary>The query key that lists the picked topics' slugs.</summary>
    public const string TopicsParameter = "topics";

    /// <summary>More than every topic twice over is not a handout; the rest are listed as ignored.</summary>
    private const int MaxSlugs = 40;

    public bool IsEmpty => Topics.Count == 0;

    /// <summary>The handout's own address, with only the topics it shows: what its QR code and canonical link name.</summary>
    public string Address => AddressOf(PathPrefix, Topics);

    /// <summary>The address of a handout of these topics, in the language their addresses start with.</summary>
    public static string AddressOf(string pathPrefix, IReadOnlyList<Topic> topics) => topics.Count == 0
        ? pathPrefix + Path
        : pathPrefix + Path + "?" + TopicsParameter + "=" + string.Join(",", topics.Select(t => Uri.EscapeDataString(t.Slug)));

    /// <summary>The topics named, looked up among one language's pages (<c>/es/handout</c> takes Spanish slugs).</summary>
    public static HandoutRequest Read(StringValues values, Edition content, string pathPrefix)
    {
        var topics = new List<Topic>();
        var ignored = new List<string>();
        var slugs = values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        foreach (var slug in slugs)
        {
            var topic = topics.Count + ignored.Count < MaxSlugs ? content.Find(slug.ToLowerInvariant()) : null;
            if (topic is null) ignored.Add(slug);
            else if (!topics.Contains(topic)) topics.Add(topic); // asked twice: shown once, where first asked
        }
        return new HandoutRequest(topics, ignored) { PathPrefix = pathPrefix };
    }
}
