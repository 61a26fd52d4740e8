using NightLegCramps.Content.Checking;
using NightLegCramps.Content.Topics;

namespace NightLegCramps.Content.Loading;

/// <summary>The result of reading one Markdown file: the topic, if it could be built, and what is wrong with it.</summary>
internal sealed record LoadedFile(string File, Topic? Topic, IReadOnlyList<ContentFinding> Findings)
{
    public bool Failed => Topic is null;

    /// <summary>
    /// A hash of the bytes that were read (null when none could be): one save often raises several
    /// file events, and a second read of the same bytes must not rebuild the site or log its errors again.
    /// </summary>
    public string? SourceHash { get; init; }
}
