using NightLegCramps.Content.Checking;
using NightLegCramps.Content.Topics;

namespace NightLegCramps.Content.Loading;

/// <summary>The result of reading one Markdown file: the topic, if it could be built, and what is wrong with it.</summary>
public sealed record LoadedFile(string File, Topic? Topic, IReadOnlyList<ContentFinding> Findings)
{
    public bool Failed => Topic is null;
}
