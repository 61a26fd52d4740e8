using System.Globalization;
using NightLegCramps.Content.Checking;
using NightLegCramps.Content.Topics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NightLegCramps.Content.FrontMatter;

/// <summary>Reads and validates front matter, reporting every problem with the file's own line number.</summary>
internal static class FrontMatterReader
{
    public static readonly IReadOnlyList<string> RequiredKeys =
        ["title", "summary", "slug", "order", "lastReviewed", "nextReview"];

    public static readonly IReadOnlyList<string> OptionalKeys = ["aliases", "draft", "layout", "translationOf", "reviewedBy"];

    /// <summary><c>conditions</c>: the conditions list. <c>about</c>: who stands behind the site, linked from every footer, not a topic.</summary>
    public static readonly IReadOnlyList<string> Layouts = ["conditions", "about"];

    /// <summary>Front matter is a few short lines; anything much larger is a mistake or an attack.</summary>
    public const int MaxBytes = 16 * 1024;

    /// <param name="yaml">The text between the two <c>---</c> lines.</param>
    /// <param name="firstLine">The file line on which that text starts (1-based).</param>
    /// <returns>The front matter, or null when it has any error: then the page is not updated (its last good version stays).</returns>
    public static FrontMatter? Read(string yaml, int firstLine, FindingList findings)
    {
        var offset = firstLine - 1;
        var errorsBefore = findings.Items.Count(f => f.IsError);
        var root = BoundedYaml.Load(yaml, firstLine, MaxBytes, "front matter", findings, out var failed);
        if (failed) return null;
        if (root is not YamlMappingNode map)
        {
            findings.Error(firstLine, "front matter must be a list of 'key: value' lines.");
            return null;
        }

        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        var keyLines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var line = offset + (int)keyNode.Start.Line;
            if (!RequiredKeys.Contains(key) && !OptionalKeys.Contains(key))
            {
                var known = RequiredKeys.Concat(OptionalKeys).FirstOrDefault(k => k.Equals(key, StringComparison.OrdinalIgnoreCase));
                findings.Warning(line, known is null
                    ? $"unknown front matter key '{key}' is ignored. Known keys: {string.Join(", ", RequiredKeys.Concat(OptionalKeys))}."
                    : $"unknown front matter key '{key}' is ignored. Keys are case-sensitive: write '{known}'.");
                continue;
            }
            keyLines.TryAdd(key, line);
            values.TryAdd(key, value); // a key given twice never gets here: BoundedYaml refuses it with its line
        }

        var reader = new Fields(values, keyLines, firstLine, offset, findings);
        var title = reader.Text("title");
        var summary = reader.Text("summary");
        var slug = reader.Text("slug");
        if (slug is not null && !SlugFormat.IsValid(slug))
        {
            findings.Error(reader.LineOf("slug"), $"slug '{slug}' must be lowercase letters, digits and single hyphens, like 'when-to-see-a-doctor'.");
            slug = null;
        }
        var order = reader.Integer("order");
        var lastReviewed = reader.Date("lastReviewed");
        var nextReview = reader.Date("nextReview");
        var aliases = reader.Aliases();
        var draft = reader.Boolean("draft");
        var layout = reader.OptionalText("layout");
        var translationOf = reader.OptionalText("translationOf");
        if (translationOf is not null && !SlugFormat.IsValid(translationOf))
        {
            findings.Error(reader.LineOf("translationOf"), $"translationOf '{translationOf}' must be the slug of the page this one translates, like 'relief'.");
            translationOf = null;
        }
        var reviewedBy = reader.Reviewer();
        reader.ReportMissing();
        if (layout is not null && !Layouts.Contains(layout))
        {
            findings.Error(reader.LineOf("layout"), $"layout '{layout}' is unknown. Known layouts: {string.Join(", ", Layouts)}.");
        }

        if (title is null || summary is null || slug is null || order is null || lastReviewed is null || nextReview is null
            || findings.Items.Count(f => f.IsError) > errorsBefore)
        {
            return null;
        }
        return new FrontMatter(title, summary, slug, order.Value, lastReviewed.Value, nextReview.Value,
            aliases.Select(a => a.Path).ToList(), draft, layout, reader.Lines(aliases))
        {
            TranslationOf = translationOf,
            ReviewedBy = reviewedBy,
        };
    }

    /// <summary>
    /// The text of a value that must be plain text: not a list, not empty or null (<c>~</c>), and without a YAML
    /// tag (<c>!!binary</c>, <c>!custom</c>), which would make it something other than the text the editor sees.
    /// </summary>
    private static string? ScalarText(YamlNode node, string key, int line, FindingList findings)
    {
        if (!node.Tag.IsEmpty)
        {
            findings.Error(line, $"'{key}' has a YAML tag ('{node.Tag.Value}'); write plain text without it, or put the whole value in double quotes.");
            return null;
        }
        if (node is not YamlScalarNode { Value: { } value } scalar)
        {
            findings.Error(line, $"'{key}' must be a single value on one line, not a list.");
            return null;
        }
        if (string.IsNullOrWhiteSpace(value) || (scalar.Style == ScalarStyle.Plain && value is "~" or "null" or "Null" or "NULL"))
        {
            findings.Error(line, $"'{key}' is empty; write its value after the colon.");
            return null;
        }
        return value.Trim();
    }

    /// <summary>Typed access to the mapping, one clear message per bad or missing field.</summary>
    private sealed class Fields(Dictionary<string, YamlNode> values, Dictionary<string, int> keyLines, int firstLine, int offset, FindingList findings)
    {
        public int LineOf(string key) => keyLines.GetValueOrDefault(key, firstLine);

        /// <summary>Required keys not given, reported together as one error: one fix, one message.</summary>
        public List<string> Missing { get; } = [];

        public void ReportMissing()
        {
            if (Missing.Count == 0) return;
            var names = Missing.Select(k => $"'{k}'").ToList();
            var list = names.Count == 1 ? names[0] : $"{string.Join(", ", names[..^1])} and {names[^1]}";
            findings.Error(firstLine, $"front matter is missing {list}. Every page needs: {string.Join(", ", RequiredKeys)}.");
        }

        public SourceLines Lines(IEnumerable<(string Path, int Line)> aliases) => new(
            values.Keys.ToDictionary(k => k, LineOf, StringComparer.Ordinal),
            aliases.DistinctBy(a => a.Path, StringComparer.OrdinalIgnoreCase).ToDictionary(a => a.Path, a => a.Line, StringComparer.OrdinalIgnoreCase));

        private string? Scalar(string key, bool required)
        {
            if (!values.TryGetValue(key, out var node))
            {
                if (required) Missing.Add(key);
                return null;
            }
            return ScalarText(node, key, LineOf(key), findings);
        }

        public string? Text(string key) => Scalar(key, required: true);

        public string? OptionalText(string key) => Scalar(key, required: false);

        public int? Integer(string key)
        {
            var text = Scalar(key, required: true);
            if (text is null) return null;
            if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)) return number;
            findings.Error(LineOf(key), $"'{key}' must be a whole number, not '{text}'.");
            return null;
        }

        public DateOnly? Date(string key)
        {
            var text = Scalar(key, required: true);
            if (text is null) return null;
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
            findings.Error(LineOf(key), $"'{key}' must be a date written as YYYY-MM-DD, like 2026-11-20, not '{text}'.");
            return null;
        }

        public bool Boolean(string key)
        {
            var text = Scalar(key, required: false);
            if (text is null) return false;
            if (bool.TryParse(text, out var flag)) return flag;
            findings.Error(LineOf(key), $"'{key}' must be true or false, not '{text}'.");
            return false;
        }

        public List<(string Path, int Line)> Aliases()
        {
            if (!values.TryGetValue("aliases", out var node)) return [];
            if (node is not YamlSequenceNode list)
            {
                findings.Error(LineOf("aliases"), "'aliases' must be a list of old addresses, one '- /old-path' per line.");
                return [];
            }
            var aliases = new List<(string, int)>();
            foreach (var item in list.Children)
            {
                var line = offset + (int)item.Start.Line;
                if (item is YamlScalarNode { Value: { } path } && IsLocalPath(path))
                {
                    if (aliases.Exists(a => a.Item1.Equals(path.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)))
                    {
                        findings.Warning(line, $"alias '{path}' is listed twice; remove one.");
                        continue;
                    }
                    aliases.Add((path.TrimEnd('/'), line));
                }
                else
                {
                    findings.Error(line, "each alias must be an old address on this site starting with '/', like '/old-page'.");
                }
            }
            return aliases;
        }

        /// <summary>Optional <c>reviewedBy: { name: ..., role: ... }</c>: who checked the page, both parts required.</summary>
        public Reviewer? Reviewer()
        {
            if (!values.TryGetValue("reviewedBy", out var node)) return null;
            if (node is YamlMappingNode map
                && map.Children.TryGetValue(new YamlScalarNode("name"), out var name) && name is YamlScalarNode { Value: { Length: > 0 } n }
                && map.Children.TryGetValue(new YamlScalarNode("role"), out var role) && role is YamlScalarNode { Value: { Length: > 0 } r }
                && map.Children.Count == 2)
            {
                return new Reviewer(n.Trim(), r.Trim());
            }
            findings.Error(LineOf("reviewedBy"), "reviewedBy needs a name and a role, like 'reviewedBy: { name: Dr Ana Diaz, role: General practitioner }'.");
            return null;
        }

        private static bool IsLocalPath(string path) =>
            path.Length > 1 && path[0] == '/' && !path.StartsWith("//", StringComparison.Ordinal)
            && !path.Contains('\\') && !path.Contains("..", StringComparison.Ordinal)
            && !path.Contains('?') && !path.Contains('#');
    }
}
