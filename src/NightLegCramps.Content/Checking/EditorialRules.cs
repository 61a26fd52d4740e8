using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using NightLegCramps.Content.Loading;
using NightLegCramps.Content.Rendering;
using NightLegCramps.Content.Topics;

namespace NightLegCramps.Content.Checking;

/// <summary>
/// The editors' own rules: each folder's <c>_rules.yml</c> says what the pages in that folder (not its
/// subfolders, so each language keeps rules in its own words) must or must not say. Run by the content
/// check over pages that loaded, so a rule only ever adds findings and can never take a page down.
/// </summary>
internal static class EditorialRules
{
    public static IReadOnlyList<ContentFinding> Check(string folder, SiteContent content)
    {
        var findings = new List<ContentFinding>();
        if (!Directory.Exists(folder)) return findings;
        var pages = content.Files.Where(f => f.Served is not null).Select(f => f.Served!).ToList();
        foreach (var path in Directory.EnumerateFiles(folder, EditorialRuleFile.FileName, SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var rulesFile = ContentFolder.RelativeName(folder, path);
            var fileFindings = new FindingList(rulesFile);
            var rules = EditorialRuleFile.Read(File.ReadAllText(path), fileFindings);
            var governed = pages.Where(p => FolderOf(p.SourceFile) == FolderOf(rulesFile)).ToList();
            foreach (var rule in rules)
            {
                foreach (var slug in rule.Pages.Where(s => governed.All(p => p.Slug != s)))
                {
                    fileFindings.Error(rule.Line, $"rule '{rule.Name}' names page '{slug}', but no page beside this rules file has that slug. Slugs here: {string.Join(", ", governed.Select(p => p.Slug).Order(StringComparer.Ordinal))}.");
                }
            }
            findings.AddRange(fileFindings.Items);
            foreach (var page in governed)
            {
                var text = PageText.Read(Path.Combine(folder, page.SourceFile));
                var pageFindings = new FindingList(page.SourceFile);
                foreach (var rule in rules) Apply(rule, page, text, pageFindings);
                findings.AddRange(pageFindings.Items);
            }
        }
        return findings;
    }

    private static void Apply(EditorialRule rule, Topic page, IReadOnlyList<PageText> text, FindingList findings)
    {
        if (rule.Pages.Count > 0 && !rule.Pages.Contains(page.Slug)) return;
        var blocks = rule.LookIn == EditorialRule.WholePage ? text : text.Where(b => b.Box == rule.LookIn).ToList();
        if (blocks.Count == 0) return; // the page has no such box, so there is nothing to read
        var reason = rule.WhenSays.Count == 0 ? null : FirstSaid(rule.WhenSays, blocks);
        if (rule.WhenSays.Count > 0 && reason is null) return;

        var where = rule.LookIn == EditorialRule.WholePage ? "" : $" in its ':::{rule.LookIn}' box";
        var because = reason is null ? "" : $" because it says \"{reason.Value.Said}\"";
        void Report(int line, string what)
        {
            var message = $"{what} (rule '{rule.Name}', {rule.Source}). {rule.Why}".TrimEnd();
            if (rule.Severity == Severity.Error) findings.Error(line, message);
            else findings.Warning(line, message);
        }

        foreach (var block in blocks)
        {
            foreach (var phrase in rule.MustNotSay)
            {
                if (phrase.FindIn(block.Text) is { } found)
                {
                    Report(block.Line, $"the page says \"{found}\"{where}, which it must not ('{phrase}')");
                }
            }
        }
        var missingLine = reason?.Line ?? blocks[0].Line; // nothing to point at: the start of what was read
        foreach (var phrase in rule.MustSay.Where(p => FirstSaid([p], blocks) is null))
        {
            Report(missingLine, $"the page must say \"{phrase}\"{where}{because}");
        }
        foreach (var address in rule.MustLinkTo.Where(a => !blocks.Any(b => b.Links.Any(l => SameAddress(l, a)))))
        {
            Report(missingLine, $"the page must link to {address}{where}{because}");
        }
    }

    private static (string Said, int Line)? FirstSaid(IReadOnlyList<PhrasePattern> phrases, IReadOnlyList<PageText> blocks)
    {
        foreach (var block in blocks)
        {
            foreach (var phrase in phrases)
            {
                if (phrase.FindIn(block.Text) is { } found) return (found, block.Line);
            }
        }
        return null;
    }

    // A link to a section (/when-to-see-a-doctor#get-help-now) is a link to the page.
    private static bool SameAddress(string link, string address) =>
        string.Equals(Normalise(link.Split('#', 2)[0].Split('?', 2)[0]), Normalise(address), StringComparison.OrdinalIgnoreCase);

    private static string Normalise(string path) => path.Length > 1 ? path.TrimEnd('/') : path;

    private static string FolderOf(string relativeName) =>
        relativeName.LastIndexOf('/') is var slash and >= 0 ? relativeName[..slash] : "";

    /// <summary>One paragraph, heading or list line of a page: its words, and where it sits.</summary>
    private sealed record PageText(string Text, int Line, string? Box, IReadOnlyList<string> Links)
    {
        public static List<PageText> Read(string path)
        {
            var document = SiteMarkdown.Shared.Parse(File.ReadAllText(path));
            return document.Descendants<LeafBlock>()
                .Where(b => b.Inline is not null)
                .Select(b => new PageText(
                    InlineText.Of(b.Inline),
                    b.Line + 1,
                    BoxOf(b),
                    b.Inline!.Descendants<LinkInline>().Where(l => !l.IsImage && l.Url is not null).Select(l => l.Url!).ToList()))
                .ToList();
        }

        private static string? BoxOf(Block block)
        {
            for (var parent = block.Parent; parent is not null; parent = parent.Parent)
            {
                if (parent is CustomContainer container) return container.Info;
            }
            return null;
        }
    }
}
