using NightLegCramps.Content.Checking;
using NightLegCramps.Content.FrontMatter;
using YamlDotNet.RepresentationModel;

namespace NightLegCramps.Content.Conditions;

/// <summary>
/// The words file beside the conditions page (<c>conditions.words.yml</c> next to <c>conditions.md</c>, one per
/// language): the other words a reader may type for an entry ("pregnant" for Pregnancy), and words the site explains
/// on another page rather than in the list ("naproxen" on the causes page). Editors keep it; the filter reads it.
/// </summary>
/// <param name="ForEntry">Extra words per entry, keyed by the entry's name as the list writes it (case ignored).</param>
/// <param name="Elsewhere">Words that lead to a section of another page.</param>
internal sealed record ConditionWords(IReadOnlyDictionary<string, ConditionWordList> ForEntry, IReadOnlyList<ElsewhereEntry> Elsewhere)
{
    /// <summary>The words file of <c>x.md</c> is <c>x.words.yml</c> in the same folder.</summary>
    public const string FileSuffix = ".words.yml";

    /// <summary>A few hundred words at most; anything much larger is a mistake.</summary>
    public const int MaxBytes = 256 * 1024;

    public static ConditionWords None { get; } = new(new Dictionary<string, ConditionWordList>(), []);

    public static string FileFor(string markdownPath) => Path.ChangeExtension(markdownPath, null) + FileSuffix;

    /// <summary>The Markdown page a words file belongs to, or null when the name is not a words file.</summary>
    public static string? PageFor(string path) =>
        path.EndsWith(FileSuffix, StringComparison.OrdinalIgnoreCase) ? path[..^FileSuffix.Length] + ".md" : null;

    /// <summary>
    /// Reads the file: a YAML mapping from an entry's name, or from a site address starting with <c>/</c>, to a
    /// list of words. Every problem is reported with its line; whatever was readable is kept.
    /// </summary>
    public static ConditionWords Read(string yaml, FindingList findings)
    {
        var node = BoundedYaml.Load(yaml, 1, MaxBytes, "the words file", findings, out var failed);
        if (failed || node is null) return None;
        if (node is not YamlMappingNode root)
        {
            findings.Error(1, "the words file must be a list of 'Entry name: [word, other words]' lines.");
            return None;
        }

        var forEntry = new Dictionary<string, ConditionWordList>(StringComparer.OrdinalIgnoreCase);
        var elsewhere = new List<ElsewhereEntry>();
        foreach (var (keyNode, value) in root.Children)
        {
            var line = (int)keyNode.Start.Line;
            var key = ((keyNode as YamlScalarNode)?.Value ?? "").Trim();
            var words = value is YamlSequenceNode list
                ? list.Children.OfType<YamlScalarNode>().Select(w => w.Value?.Trim() ?? "").Where(w => w.Length > 0).ToList()
                : value is YamlScalarNode { Value: { Length: > 0 } one } ? [one.Trim()] : [];
            if (key.Length == 0 || words.Count == 0)
            {
                findings.Error(line, "write each line as 'Entry name: [word, other words]' with at least one word.");
                continue;
            }
            if (key.StartsWith('/'))
            {
                elsewhere.Add(new ElsewhereEntry(key, words, line));
            }
            else if (!forEntry.TryAdd(key, new ConditionWordList(words, line)))
            {
                findings.Error(line, $"'{key}' is given twice; put all its words on one line.");
            }
        }
        return new ConditionWords(forEntry, elsewhere);
    }
}

/// <summary>The extra words for one entry, and the line of the words file that gives them.</summary>
internal sealed record ConditionWordList(IReadOnlyList<string> Words, int Line);

/// <summary>Words that are not an entry of the list but are explained on another page of the site.</summary>
/// <param name="Address">The page or section, like <c>/causes-and-risk#medicines</c>.</param>
internal sealed record ElsewhereEntry(string Address, IReadOnlyList<string> Words, int Line)
{
    public string SearchText { get; } = ConditionFilter.Fold(string.Join(' ', Words));

    public string Path => Address.Split('#', 2)[0];

    public string? Anchor => Address.Split('#', 2) is [_, var anchor] ? anchor : null;
}
