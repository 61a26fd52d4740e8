using NightLegCramps.Content.Checking;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace NightLegCramps.Content.FrontMatter;

/// <summary>
/// Reads the YAML an editor writes (front matter, words files, rules files) only after measuring it.
/// YamlDotNet builds its node tree by recursion, so a value nested thousands of levels deep overflows the
/// stack, which no catch block can stop; and an alias used as a mapping key is hashed by walking everything
/// it expands to, which can pin a core for minutes. So the text is first walked as a flat stream of parser
/// events (no recursion), and refused with a finding when it is too large, too deep, uses too many aliases,
/// expands too far, or has a key that is not plain text. Only then is the tree built.
/// </summary>
internal static class BoundedYaml
{
    /// <summary>Lists inside lists (or mappings) deeper than this are refused; the site's files need three.</summary>
    public const int MaxDepth = 8;

    /// <summary>More aliases (<c>*name</c>) than this are refused; the site's files need none.</summary>
    public const int MaxAliases = 16;

    /// <summary>Values, counting each alias as everything it stands for; past this the file is refused.</summary>
    public const int MaxExpandedValues = 10_000;

    /// <param name="yaml">The YAML text.</param>
    /// <param name="firstLine">The file line the text starts on (1-based), so findings name the editor's line.</param>
    /// <param name="maxBytes">The largest text accepted, in UTF-8 bytes.</param>
    /// <param name="what">What the text is, for messages: "front matter", "the words file".</param>
    /// <returns>The root node of the first document, or null when there is none or a finding was reported.</returns>
    public static YamlNode? Load(string yaml, int firstLine, int maxBytes, string what, FindingList findings, out bool failed)
    {
        failed = true;
        var offset = firstLine - 1;
        var lastLine = offset + Math.Max(1, yaml.Count(c => c == '\n') + 1);
        int LineOf(Mark mark) => Math.Clamp(offset + (int)mark.Line, firstLine, lastLine);

        var size = System.Text.Encoding.UTF8.GetByteCount(yaml);
        if (size > maxBytes)
        {
            findings.Error(firstLine, $"{what} is {size:N0} bytes; the limit is {maxBytes:N0}. Keep it to short 'key: value' lines.");
            return null;
        }
        var lastMark = Mark.Empty;
        try
        {
            if (Measure(yaml, out lastMark) is { } problem)
            {
                findings.Error(LineOf(lastMark), $"{what} {problem}");
                return null;
            }
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            failed = false;
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException) when (TabIndentedLine(yaml) is { } tabLine)
        {
            // The parser names the line before (a value it thought went on); the tab is what the editor must fix.
            findings.Error(offset + tabLine, $"{what} is not valid YAML: this line is indented with a tab. YAML indents with spaces only; replace the tab with spaces or remove it.");
            return null;
        }
        catch (YamlException e)
        {
            // The parser often notices a problem only at the end of the block; point at a line the editor wrote.
            findings.Error(LineOf(e.Start), $"{what} is not valid YAML ({Reason(e)}). {Hint(yaml, e)}");
            return null;
        }
#pragma warning disable CA1031 // YamlDotNet throws other exceptions for some typos (an unclosed bracket); they are the editor's YAML errors, not the site's.
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or KeyNotFoundException or FormatException)
#pragma warning restore CA1031
        {
            findings.Error(LineOf(lastMark), $"{what} is not valid YAML ({e.Message}). {Hint(yaml, null)}");
            return null;
        }
    }

    /// <summary>The first line (1-based) whose indentation holds a tab, or null.</summary>
    private static int? TabIndentedLine(string yaml)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i][..(lines[i].Length - lines[i].TrimStart(' ', '\t').Length)];
            if (indent.Contains('\t', StringComparison.Ordinal)) return i + 1;
        }
        return null;
    }

    private static string Reason(YamlException e) => (e.InnerException?.Message ?? e.Message).Split(" at ", 2)[0].TrimEnd('.');

    private static string Hint(string yaml, YamlException? e)
    {
        var line = e is null ? "" : yaml.Split('\n').ElementAtOrDefault(Math.Max(0, (int)e.Start.Line - 1)) ?? "";
        return line.Count(c => c == '[') != line.Count(c => c == ']') || line.Count(c => c == '{') != line.Count(c => c == '}')
            ? "A '[' or '{' on this line has no closing ']' or '}'; close it, or put the value in double quotes."
            : "Check the colons, brackets and quotes on this line; put a value that contains a colon or starts with '[', '{', '*', '&' or '!' in double quotes.";
    }

    /// <summary>Walks the parser's events (a loop, never recursion) and says what is wrong, or null.</summary>
    private static string? Measure(string yaml, out Mark at)
    {
        var parser = new Parser(new StringReader(yaml));
        var open = new Stack<Frame>();
        var anchors = new Dictionary<string, long>(StringComparer.Ordinal);
        long values = 0;
        var aliases = 0;
        at = Mark.Empty;
        while (parser.MoveNext())
        {
            var current = parser.Current!;
            at = current.Start;
            if (current is NodeEvent or AnchorAlias && open.TryPeek(out var parent) && parent.IsMapping)
            {
                if (parent.ExpectsKey && current is not Scalar)
                {
                    return current is AnchorAlias key
                        ? $"uses an alias ('*{key.Value}') as a key. Keys must be plain words, like 'title'."
                        : "has a list or mapping as a key. Keys must be plain words, like 'title'.";
                }
                if (parent.ExpectsKey && current is Scalar { Value: var name } && !parent.Keys.Add(name))
                {
                    return $"gives '{name}' twice. Keep one of them.";
                }
                parent.ExpectsKey = !parent.ExpectsKey;
            }
            switch (current)
            {
                case AnchorAlias alias:
                    if (++aliases > MaxAliases) return $"uses more than {MaxAliases} aliases ('*name'). Write the values out instead.";
                    values += anchors.GetValueOrDefault(alias.Value.Value, 1);
                    break;
                case Scalar scalar:
                    values++;
                    if (!scalar.Anchor.IsEmpty) anchors[scalar.Anchor.Value] = 1;
                    break;
                case MappingStart or SequenceStart:
                    values++;
                    open.Push(new Frame(current is MappingStart, values, ((NodeEvent)current).Anchor));
                    if (open.Count > MaxDepth) return $"is nested more than {MaxDepth} levels deep (lists or brackets inside each other). Keep each value on its own 'key: value' line.";
                    break;
                case MappingEnd or SequenceEnd:
                    var closed = open.Pop();
                    if (!closed.Anchor.IsEmpty) anchors[closed.Anchor.Value] = values - closed.ValuesBefore + 1;
                    break;
            }
            if (values > MaxExpandedValues) return $"expands to more than {MaxExpandedValues:N0} values (aliases repeating other values). Write the values out instead.";
        }
        return null;
    }

    private sealed class Frame(bool isMapping, long valuesBefore, AnchorName anchor)
    {
        public bool IsMapping { get; } = isMapping;
        public long ValuesBefore { get; } = valuesBefore;
        public AnchorName Anchor { get; } = anchor;
        public bool ExpectsKey { get; set; } = true;

        /// <summary>The keys seen so far in a mapping: YAML allows each once.</summary>
        public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);
    }
}
