using System.Text;
using System.Text.RegularExpressions;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using NightLegCramps.Content.Readability;
using NightLegCramps.Content.Rendering.Callouts;
using NightLegCramps.Content.Rendering.SafeAttributes;
using NightLegCramps.Content.Rendering.SafeLinks;
using NightLegCramps.Content.Rendering.SectionLinks;
using NightLegCramps.Content.Topics;

namespace NightLegCramps.Content.Checking;

/// <summary>The editorial checks that look at one page on its own.</summary>
internal static partial class PageChecks
{
    [GeneratedRegex(@"<\s*/?\s*[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)?/?\s*>|<!--")]
    private static partial Regex HtmlTag();

    public static void Run(MarkdownDocument document, FrontMatter.FrontMatter? front, ReadingLevel? reading, FindingList findings)
    {
        RawHtml(document, findings);
        UnsafeLinks(document, findings);
        UnsafeAttributes(document, findings);
        TitleHeadings(document, findings);
        Callouts(document, findings);
        ClosingNotice(document, findings);
        if (front is not null)
        {
            ReviewDates(front, findings);
        }
        Readability(reading, findings);
    }

    private static void RawHtml(MarkdownDocument document, FindingList findings)
    {
        foreach (var block in document.Descendants<LeafBlock>())
        {
            if (block.Inline is null) continue;
            // Markdig splits text around '<' and '>', so join a block's text to see whole tags,
            // remembering where each piece starts to report the tag's own line.
            var text = new StringBuilder();
            var starts = new List<(int Index, int Line)>();
            foreach (var literal in block.Inline.Descendants<LiteralInline>())
            {
                starts.Add((text.Length, literal.Line + 1));
                text.Append(literal.Content.ToString());
            }
            var reported = new HashSet<int>();
            foreach (Match match in HtmlTag().Matches(text.ToString()))
            {
                var line = starts.LastOrDefault(s => s.Index <= match.Index).Line;
                if (!reported.Add(line)) continue; // one message per line is enough to find it
                findings.Error(Math.Max(line, block.Line + 1), $"raw HTML '{Shorten(match.Value)}' is not allowed and shows as text on the site. Use Markdown instead: **bold**, [link](/page), '- ' for a list.");
            }
        }
    }

    private static void UnsafeLinks(MarkdownDocument document, FindingList findings)
    {
        foreach (var (url, line) in SafeLinkExtension.RemovedFrom(document))
        {
            findings.Error(line, $"link to '{Shorten(url)}' was removed: only {string.Join(", ", LinkPolicy.AllowedSchemes)} and site addresses like /relief are allowed.");
        }
    }

    private static void UnsafeAttributes(MarkdownDocument document, FindingList findings)
    {
        foreach (var (attributes, line) in SafeAttributeExtension.RemovedFrom(document))
        {
            findings.Error(line, $"attributes '{Shorten(attributes)}' were removed: the only one allowed is a section name after a heading, like {{#what-to-try}} (lowercase letters, digits and hyphens).");
        }
    }

    private static void TitleHeadings(MarkdownDocument document, FindingList findings)
    {
        foreach (var heading in SectionLinkExtension.DemotedIn(document))
        {
            findings.Warning(heading.Line + 1, "a '# heading' is shown as a '## heading': the page title from front matter is the only top heading.");
        }
    }

    private static void Callouts(MarkdownDocument document, FindingList findings)
    {
        foreach (var container in document.Descendants<CustomContainer>())
        {
            if (!CalloutKind.IsKnown(container.Info))
            {
                findings.Warning(container.Line + 1, $"callout ':::{container.Info}' is unknown and shows as plain text. Use one of: {string.Join(", ", CalloutKind.All.Select(k => ":::" + k))}.");
            }
            // A box inside a box is what a missing ':::' looks like to the parser: the next ':::' closes the outer one.
            if (container.Parent is CustomContainer outer)
            {
                findings.Error(outer.Line + 1, $"callout ':::{outer.Info}' is not closed before ':::{container.Info}' starts on line {container.Line + 1}. Add a line ':::' after the text of ':::{outer.Info}'.");
            }
            else if (container.ClosingFencedCharCount == 0 && !container.Descendants<CustomContainer>().Any())
            {
                findings.Error(container.Line + 1, $"callout ':::{container.Info}' is never closed, so everything after it to the end of the page is inside the box. Add a line ':::' after its text.");
            }
        }
    }

    private static void ClosingNotice(MarkdownDocument document, FindingList findings)
    {
        if (document.LastChild is CustomContainer { Info: CalloutKind.Notice }) return;
        // A notice swallowed by a callout left open: that callout's missing ':::' is the one thing to fix, reported above.
        if (document.LastChild is CustomContainer last && last.Descendants<CustomContainer>().Any(c => c.Info == CalloutKind.Notice)) return;
        findings.Error(Math.Max(1, (document.LastChild?.Line ?? 0) + 1),
            "the page must end with the closing notice: a ':::notice' box saying this is general information, not a diagnosis.");
    }

    private static void ReviewDates(FrontMatter.FrontMatter front, FindingList findings)
    {
        if (front.NextReview < front.LastReviewed)
        {
            findings.Error(front.Lines.Of("nextReview"), $"nextReview {front.NextReview:yyyy-MM-dd} is before lastReviewed {front.LastReviewed:yyyy-MM-dd}. Set the next review to a date after the last one.");
        }
    }

    /// <summary>
    /// "Review overdue" depends on the day it is asked, not the day the file loaded: a site that runs for months
    /// must still say so. So it is worked out whenever a page is checked or shown, never stored with the file.
    /// </summary>
    public static ContentFinding? OverdueReview(Topic page, DateOnly today) =>
        page.Review.IsOverdue(today)
            ? new ContentFinding(page.SourceFile, page.Lines.Of("nextReview"), Severity.Warning,
                $"review overdue: nextReview was {page.Review.NextReview:yyyy-MM-dd}. Review the page, then update both dates.")
            : null;

    private static void Readability(ReadingLevel? reading, FindingList findings)
    {
        if (reading?.Problem is { } problem)
        {
            findings.Warning(1, problem);
        }
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
