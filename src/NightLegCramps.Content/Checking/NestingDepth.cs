namespace NightLegCramps.Content.Checking;

/// <summary>
/// Refuses Markdown nested so deeply (lists in lists, quotes in quotes) that rendering it could exhaust the server.
/// Measured on the raw text, before Markdig builds anything.
/// </summary>
public static class NestingDepth
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
