using System.Text.RegularExpressions;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using NightLegCramps.Content.Checking;
using NightLegCramps.Content.Rendering;
using NightLegCramps.Content.Rendering.Callouts;

namespace NightLegCramps.Content.Conditions;

/// <summary>
/// Reads the conditions page: each h2 is a category, followed by one bullet list with one condition per bullet,
/// written as <c>Name (plain-language name)</c>. Anything else in a category is reported with its line.
/// </summary>
internal static partial class ConditionListReader
{
    [GeneratedRegex(@"^(?<name>[^()]+?)\s*\((?<plain>[^()]+)\)$")]
    private static partial Regex NameWithPlainName();

    /// <param name="words">The words file beside the page (<see cref="ConditionWords"/>), whose problems go to <paramref name="wordFindings"/>.</param>
    public static ConditionsPage? Read(MarkdownDocument document, SiteMarkdown markdown, FindingList findings,
        ConditionWords? words = null, FindingList? wordFindings = null)
    {
        var errorsBefore = findings.Items.Count(f => f.IsError);
        var intro = new List<Block>();
        var categories = new List<ConditionCategory>();
        HeadingBlock? heading = null;
        List<Condition>? conditions = null;
        string? description = null;

        void EndCategory()
        {
            if (heading is null) return;
            if (conditions is null)
            {
                findings.Error(heading.Line + 1, $"category '{InlineText.Of(heading.Inline)}' has no bullet list of conditions under it.");
            }
            else
            {
                categories.Add(new ConditionCategory(InlineText.Of(heading.Inline), heading.GetAttributes().Id ?? "", conditions)
                {
                    Description = description,
                });
            }
        }

        foreach (var block in document)
        {
            switch (block)
            {
                case HeadingBlock { Level: 2 } h2:
                    EndCategory();
                    heading = h2;
                    conditions = null;
                    description = null;
                    break;
                case CustomContainer { Info: CalloutKind.Notice } when block == document.LastChild:
                case Markdig.Extensions.Yaml.YamlFrontMatterBlock:
                    break; // the page shows its closing notice itself
                case var other when heading is null:
                    intro.Add(other);
                    break;
                case ListBlock { IsOrdered: false } list when conditions is null:
                    conditions = ReadList(list, findings);
                    break;
                case ParagraphBlock paragraph when conditions is null && description is null:
                    description = InlineText.Of(paragraph.Inline); // an optional sentence introducing the category
                    break;
                default:
                    findings.Error(block.Line + 1, $"only one bullet list of conditions may follow the heading '{InlineText.Of(heading.Inline)}'; move this text above the first category or into its own page.");
                    break;
            }
        }
        EndCategory();

        if (categories.Count == 0)
        {
            findings.Error(1, "a page with 'layout: conditions' needs at least one '## Category' heading followed by a bullet list.");
        }
        if (findings.Items.Count(f => f.IsError) > errorsBefore)
        {
            return null;
        }
        words ??= ConditionWords.None;
        return new ConditionsPage(markdown.Render(intro), WithOtherWords(categories, words, wordFindings ?? findings))
        {
            Elsewhere = words.Elsewhere,
        };
    }

    /// <summary>Adds the words the words file lists for each entry; a name the list lacks is reported at its line.</summary>
    private static List<ConditionCategory> WithOtherWords(List<ConditionCategory> categories, ConditionWords words, FindingList findings)
    {
        ConditionWordList? For(Condition c) =>
            words.ForEntry.GetValueOrDefault(c.Name) ?? words.ForEntry.GetValueOrDefault(c.DisplayName);
        var used = categories.SelectMany(c => c.Conditions).Select(For).OfType<ConditionWordList>().ToHashSet();
        foreach (var (name, list) in words.ForEntry.Where(w => !used.Contains(w.Value)))
        {
            findings.Error(list.Line, $"'{name}' is not an entry of the conditions list; write the entry's name as the list does, like 'Chronic kidney disease', or an address like '/relief'.");
        }
        return categories.Select(category => category with
        {
            Conditions = category.Conditions
                .Select(c => For(c) is { } list ? new Condition(c.Name, c.PlainName, [.. c.EverydayNames, .. list.Words]) : c).ToList(),
        }).ToList();
    }

    private static List<Condition> ReadList(ListBlock list, FindingList findings)
    {
        var conditions = new List<Condition>();
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var line = item.Line + 1;
            if (item.Count != 1 || item[0] is not ParagraphBlock paragraph)
            {
                findings.Error(line, "each condition must be one line of plain text; nested lists or extra paragraphs are not allowed here.");
                continue;
            }
            var text = InlineText.Of(paragraph.Inline);
            if (text.Length == 0)
            {
                findings.Error(line, "this bullet is empty; write the condition's name.");
                continue;
            }
            var match = NameWithPlainName().Match(text);
            if (match.Success)
            {
                conditions.Add(new Condition(match.Groups["name"].Value, match.Groups["plain"].Value.Trim()));
            }
            else if (text.IndexOfAny(['(', ')']) >= 0)
            {
                findings.Error(line, $"'{text}': put the plain-language name in one pair of brackets at the end, like 'Diuretics (water pills)'.");
            }
            else
            {
                conditions.Add(new Condition(text, null));
            }
        }
        return conditions;
    }
}
