namespace NightLegCramps.Content.Topics;

/// <summary>
/// The line of each front matter key (and of each alias) in a topic's file, so checks that look
/// at the whole site can still point the editor at the exact line to change.
/// </summary>
internal sealed record SourceLines(IReadOnlyDictionary<string, int> Keys, IReadOnlyDictionary<string, int> Aliases)
{
    public static SourceLines None { get; } = new(new Dictionary<string, int>(), new Dictionary<string, int>());

    /// <summary>The line of a front matter key, or line 1 when it is not known.</summary>
    public int Of(string key) => Keys.GetValueOrDefault(key, 1);

    public int OfAlias(string alias) => Aliases.TryGetValue(alias, out var line) ? line : Of("aliases");
}
