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

    /// <summary>The query key that adds a ruled box for the clinician's own notes: <c>notes=1</c>, the form's checkbox.</summary>
    public const string NotesParameter = "notes";

    /// <summary>True when the handout ends with a ruled "Notes from your clinician" box.</summary>
    public bool WithNotes { get; init; }

    /// <summary>More than every topic twice over is not a handout: only this many names are read at all.</summary>
    private const int MaxSlugs = 40;

    /// <summary>How many ignored names the page lists, each cut to <see cref="MaxIgnoredLength"/> characters; more shows as "…".</summary>
    public const int MaxIgnoredShown = 10;

    public const int MaxIgnoredLength = 40;

    /// <summary>More names were ignored than <see cref="Ignored"/> lists.</summary>
    public bool MoreIgnored { get; init; }

    public bool IsEmpty => Topics.Count == 0;

    /// <summary>The handout's own address, with only the topics it shows: what its QR code and canonical link name.</summary>
    public string Address => AddressOf(PathPrefix, Topics);

    /// <summary>The address of a handout of these topics, in the language their addresses start with.</summary>
    public static string AddressOf(string pathPrefix, IReadOnlyList<Topic> topics) => topics.Count == 0
        ? pathPrefix + Path
        : pathPrefix + Path + "?" + TopicsParameter + "=" + string.Join(",", topics.Select(t => Uri.EscapeDataString(t.Slug)));

    /// <summary>
    /// The topics named, looked up among one language's pages (<c>/es/handout</c> takes Spanish slugs). A slug a page
    /// had before it was renamed (one of its <c>aliases</c>) names the page, so a printed QR code keeps working.
    /// </summary>
    /// <param name="oldSlug">The page an old slug now stands for, if any.</param>
    public static HandoutRequest Read(StringValues values, Edition content, string pathPrefix, Func<string, Topic?>? oldSlug = null)
    {
        var topics = new List<Topic>();
        var ignored = new List<string>();
        var more = false;
        var slugs = values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var read = 0;
        foreach (var slug in slugs)
        {
            if (++read > MaxSlugs)
            {
                more = true; // the rest are not even looked at: a long list costs no more than this
                break;
            }
            var topic = content.Find(slug.ToLowerInvariant()) ?? oldSlug?.Invoke(slug);
            if (topic is not null)
            {
                if (!topics.Contains(topic)) topics.Add(topic); // asked twice: shown once, where first asked
            }
            else if (ignored.Count < MaxIgnoredShown)
            {
                ignored.Add(slug.Length <= MaxIgnoredLength ? slug : slug[..MaxIgnoredLength] + "…");
            }
            else
            {
                more = true;
            }
        }
        return new HandoutRequest(topics, ignored) { PathPrefix = pathPrefix, MoreIgnored = more };
    }

    /// <summary>Whether the notes box was asked for: the checkbox sends <c>notes=1</c>.</summary>
    public static bool ReadNotes(StringValues values) =>
        values.Count == 1 && values[0] is "1" or "true" or "on";
}
