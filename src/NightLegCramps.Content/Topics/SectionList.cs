using Markdig.Renderers.Html;
using Markdig.Syntax;
using NightLegCramps.Content.Checking;
using NightLegCramps.Content.Rendering;

namespace NightLegCramps.Content.Topics;

/// <summary>Reads a page's linkable sections (h2 and h3) and reports anchors used twice.</summary>
internal static class SectionList
{
    public static IReadOnlyList<Section> Read(MarkdownDocument document, FindingList findings)
    {
        var sections = new List<Section>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var heading in document.Descendants<HeadingBlock>().Where(h => h.Level is 2 or 3))
        {
            var anchor = heading.GetAttributes().Id;
            var line = heading.Line + 1;
            if (string.IsNullOrEmpty(anchor)) continue;
            if (!seen.TryAdd(anchor, line))
            {
                findings.Error(line, $"section address '#{anchor}' is already used on line {seen[anchor]}; give this heading its own id, like {{#{anchor}-2}}.");
                continue;
            }
            sections.Add(new Section(heading.Level, InlineText.Of(heading.Inline), anchor, line));
        }
        return sections;
    }
}
