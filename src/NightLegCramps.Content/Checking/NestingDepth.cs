using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace NightLegCramps.Content.Checking;

/// <summary>
/// Refuses Markdown nested so deeply (lists in lists, quotes in quotes) that rendering it could exhaust the server.
/// Measured on the raw text, before Markdig builds anything.
/// </summary>
internal static class NestingDepth
{
    public static bool IsWithin(string markdown, int maxDepth, FindingList findings)
    {
        var lineNumber = 0;
        foreach (var line in markdown.AsSpan().EnumerateLines())
        {
            lineNumber++;
            var depth = Measure(line);
            if (depth > maxDepth)
            {
                findings.Error(lineNumber, $"lists or quotes are nested {depth} levels deep here; the limit is {maxDepth}. Flatten the list.");
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Refuses a parsed document whose elements nest deeper than <paramref name="maxDepth"/>: runs of
    /// emphasis, brackets or images inside each other that the line check cannot see. Walks the tree with
    /// its own stack, because the code that reads a document afterwards (and the HTML renderer) recurses.
    /// </summary>
    public static bool TreeIsWithin(MarkdownDocument document, int maxDepth, FindingList findings)
    {
        // Inlines built from delimiters carry no line of their own, so each entry keeps its block's line.
        var pending = new Stack<(MarkdownObject Node, int Depth, int Line)>();
        pending.Push((document, 0, 0));
        while (pending.TryPop(out var item))
        {
            var (node, depth, line) = item;
            if (node is Block) line = node.Line;
            if (depth > maxDepth)
            {
                findings.Error(line + 1, $"Markdown here is nested more than {maxDepth} levels deep (emphasis, links, lists or quotes inside each other). Simplify the formatting.");
                return false;
            }
            switch (node)
            {
                case ContainerBlock container:
                    foreach (var child in container) pending.Push((child, depth + 1, line));
                    break;
                case LeafBlock { Inline: { } inline }:
                    pending.Push((inline, depth + 1, line));
                    break;
                case ContainerInline inline:
                    for (var child = inline.FirstChild; child is not null; child = child.NextSibling) pending.Push((child, depth + 1, line));
                    break;
            }
        }
        return true;
    }

    /// <summary>Counts quote markers, list markers and indentation steps before the line's text.</summary>
    private static int Measure(ReadOnlySpan<char> line)
    {
        int depth = 0, spaces = 0, i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (c == ' ') { spaces++; i++; continue; }
            if (c == '\t') { spaces += 4; i++; continue; }
            if (c == '>') { depth++; i++; continue; }
            if ((c is '-' or '*' or '+') && i + 1 < line.Length && line[i + 1] == ' ') { depth++; i += 2; continue; }
            var digits = i;
            while (digits < line.Length && char.IsAsciiDigit(line[digits])) digits++;
            if (digits > i && digits + 1 < line.Length && line[digits] is '.' or ')' && line[digits + 1] == ' ')
            {
                depth++;
                i = digits + 2;
                continue;
            }
            break;
        }
        return depth + (spaces / 2);
    }
}
