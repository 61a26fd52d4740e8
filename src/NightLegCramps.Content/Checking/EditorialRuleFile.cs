using NightLegCramps.Content.Rendering.Callouts;
using NightLegCramps.Content.Conditions;
using NightLegCramps.Content.FrontMatter;
using YamlDotNet.RepresentationModel;

namespace NightLegCramps.Content.Checking;

/// <summary>
/// Reads a folder's rules file (<c>_rules.yml</c>, beside the pages it governs). Every mistake in it is reported
/// with its line, and a rule that cannot be read is left out while the others still apply.
/// </summary>
internal static class EditorialRuleFile
{
    /// <summary>The file name: not a Markdown file, so the site never loads it as a page.</summary>
    public const string FileName = "_rules.yml";

    public static readonly IReadOnlyList<string> Keys =
        ["name", "why", "pages", "whenSays", "lookIn", "mustSay", "mustNotSay", "mustLinkTo", "severity"];

    /// <param name="yaml">The file's text.</param>
    /// <param name="findings">Where mistakes in the rules file are reported; its <see cref="FindingList.File"/> names the file.</param>
    public static IReadOnlyList<EditorialRule> Read(string yaml, FindingList findings)
    {
        var root = BoundedYaml.Load(yaml, 1, ConditionWords.MaxBytes, "rules file", findings, out _);
        if (root is null) return [];
        if (root is not YamlMappingNode map || !map.Children.TryGetValue(new YamlScalarNode("rules"), out var list) || list is not YamlSequenceNode rules)
        {
            findings.Error(LineOf(root), "rules file must start with 'rules:' followed by a list of rules, each starting with '- name:'.");
            return [];
        }
        var read = new List<EditorialRule>();
        foreach (var node in rules)
        {
            if (ReadRule(node, findings) is { } rule) read.Add(rule);
        }
        return read;
    }

    private static EditorialRule? ReadRule(YamlNode node, FindingList findings)
    {
        var line = LineOf(node);
        if (node is not YamlMappingNode map)
        {
            findings.Error(line, "each rule must be a set of 'key: value' lines starting with '- name:'.");
            return null;
        }
        var errorsBefore = findings.Items.Count(f => f.IsError);
        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!Keys.Contains(key))
            {
                findings.Error(LineOf(keyNode), $"unknown rule key '{key}'. Known keys: {string.Join(", ", Keys)}.");
            }
            else if (!values.TryAdd(key, value))
            {
                findings.Error(LineOf(keyNode), $"rule key '{key}' is given twice.");
            }
        }

        var name = Scalar(values, "name", findings);
        if (name is null)
        {
            findings.Error(line, "this rule has no 'name'. Give it a short name editors will recognise in a finding.");
        }
        var lookIn = Scalar(values, "lookIn", findings) ?? EditorialRule.WholePage;
        if (lookIn != EditorialRule.WholePage && !CalloutKind.IsKnown(lookIn))
        {
            findings.Error(LineOf(values["lookIn"]), $"lookIn '{lookIn}' is not a part of a page. Use '{EditorialRule.WholePage}' or a box: {string.Join(", ", CalloutKind.All)}.");
        }
        var severity = Scalar(values, "severity", findings) ?? "error";
        if (severity is not ("error" or "warning"))
        {
            findings.Error(LineOf(values["severity"]), $"severity '{severity}' must be 'error' or 'warning'.");
        }
        var rule = new EditorialRule
        {
            Name = name ?? "",
            File = findings.File,
            Line = line,
            Why = Scalar(values, "why", findings) ?? "",
            Pages = List(values, "pages", findings),
            LookIn = lookIn,
            WhenSays = Phrases(values, "whenSays", findings),
            MustSay = Phrases(values, "mustSay", findings),
            MustNotSay = Phrases(values, "mustNotSay", findings),
            MustLinkTo = List(values, "mustLinkTo", findings),
            Severity = severity == "warning" ? Severity.Warning : Severity.Error,
        };
        if (rule.MustSay.Count + rule.MustNotSay.Count + rule.MustLinkTo.Count == 0 && name is not null)
        {
            findings.Error(line, $"rule '{name}' checks nothing: give it 'mustSay', 'mustNotSay' or 'mustLinkTo'.");
        }
        foreach (var address in rule.MustLinkTo.Where(a => !a.StartsWith('/')))
        {
            findings.Error(LineOf(values["mustLinkTo"]), $"mustLinkTo '{address}' must be an address on this site, starting with '/', like /when-to-see-a-doctor.");
        }
        return findings.Items.Count(f => f.IsError) > errorsBefore ? null : rule;
    }

    private static string? Scalar(Dictionary<string, YamlNode> values, string key, FindingList findings)
    {
        if (!values.TryGetValue(key, out var node)) return null;
        if (node is YamlScalarNode { Value: { Length: > 0 } text }) return text.Trim();
        findings.Error(LineOf(node), $"rule key '{key}' needs one value on the same line.");
        return null;
    }

    /// <summary>One value or a list of them: <c>pages: relief</c> and <c>pages: [home, relief]</c> both work.</summary>
    private static List<string> List(Dictionary<string, YamlNode> values, string key, FindingList findings)
    {
        if (!values.TryGetValue(key, out var node)) return [];
        IEnumerable<YamlNode> items = node is YamlSequenceNode sequence ? sequence : [node];
        var result = new List<string>();
        foreach (var item in items)
        {
            if (item is YamlScalarNode { Value: { Length: > 0 } text }) result.Add(text.Trim());
            else findings.Error(LineOf(item), $"each entry of '{key}' must be plain text.");
        }
        return result;
    }

    private static List<PhrasePattern> Phrases(Dictionary<string, YamlNode> values, string key, FindingList findings)
    {
        var phrases = new List<PhrasePattern>();
        foreach (var text in List(values, key, findings))
        {
            if (PhrasePattern.Parse(text, out var problem) is { } phrase) phrases.Add(phrase);
            else findings.Error(LineOf(values[key]), $"{key}: {problem}");
        }
        return phrases;
    }

    private static int LineOf(YamlNode node) => Math.Max(1, (int)node.Start.Line);
}
