using System.Text.RegularExpressions;

namespace NightLegCramps.Content.Tests.Rendering;

/// <summary>
/// One example from a spec file: Markdown in, expected HTML out, written in the same
/// fenced form as the CommonMark and Markdig specs so the files read as documentation.
/// </summary>
public sealed record SpecExample(string File, string Name, string Markdown, string Html)
{
    public override string ToString() => $"{File}: {Name}";
}

public static partial class SpecFile
{
    private const string Fence = "````````````````````````````````";

    [GeneratedRegex(@"^#+\s+(.*)$")]
    private static partial Regex Heading();

    public static IEnumerable<SpecExample> ReadAll(string folder) =>
        Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal).SelectMany(Read);

    public static IEnumerable<SpecExample> Read(string path)
    {
        var name = "";
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            if (Heading().Match(lines[i]) is { Success: true } heading)
            {
                name = heading.Groups[1].Value;
                continue;
            }
            if (lines[i] != Fence + " example") continue;
            var markdown = new List<string>();
            var html = new List<string>();
            var target = markdown;
            for (i++; i < lines.Length && lines[i] != Fence; i++)
            {
                if (lines[i] == "." && target == markdown)
                {
                    target = html;
                    continue;
                }
                target.Add(lines[i]);
            }
            yield return new SpecExample(Path.GetFileName(path), name,
                string.Join('\n', markdown) + "\n", string.Join('\n', html) + "\n");
        }
    }
}
