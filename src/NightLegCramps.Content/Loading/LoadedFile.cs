using NightLegCramps.Content.Checking;
using NightLegCramps.Content.Topics;

namespace NightLegCramps.Content.Loading;

/// <summary>The result of reading one Markdown file: the topic, if it could be built, and what is wrong with it.</summary>
internal sealed record LoadedFile(string File, Topic? Topic, IReadOnlyList<ContentFinding> Findings)
{
    public bool Failed => Topic is null;

    /// <summary>True when this version must not go live: it gave no topic, or it has any error.</summary>
    public bool Blocked => Topic is null || Findings.Any(f => f.IsError);

    /// <summary>
    /// A hash of the bytes that were read (null when none could be): one save often raises several
    /// file events, and a second read of the same bytes must not rebuild the site or log its errors again.
    /// </summary>
    public string? SourceHash { get; init; }
}

/// <summary>A page's bytes as read from disk, with its words file's, and one hash of both.</summary>
internal sealed record PageSource(byte[] Page, byte[]? Words, IReadOnlyList<ContentFinding> WordFindings, string Hash)
{
    public static PageSource Of(byte[] page, byte[]? words, IReadOnlyList<ContentFinding> wordFindings) =>
        new(page, words, wordFindings, Convert.ToHexString(System.Security.Cryptography.SHA256.HashData([.. page, .. words ?? []])));
}
