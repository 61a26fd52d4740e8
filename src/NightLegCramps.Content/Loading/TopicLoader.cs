using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using NightLegCramps.Content.Checking;
using NightLegCramps.Content.Conditions;
using NightLegCramps.Content.FrontMatter;
using NightLegCramps.Content.Languages;
using NightLegCramps.Content.Readability;
using NightLegCramps.Content.Rendering;
using NightLegCramps.Content.Rendering.Callouts;
using NightLegCramps.Content.Topics;

namespace NightLegCramps.Content.Loading;

/// <summary>
/// Turns one Markdown file into a <see cref="Topic"/>, rendered once, here, and never per request.
/// A file that cannot be read, has bad front matter or an unreadable conditions list gives no topic;
/// lesser problems are reported but the page still renders.
/// </summary>
internal sealed class TopicLoader(ContentSettings settings)
{
    private readonly SiteMarkdown _markdown = SiteMarkdown.Shared;
    private readonly SiteLanguages _languages = SiteLanguages.Parse(settings.Languages);

    /// <summary>
    /// Reads a page's bytes (and its words file's, which is part of the page) and hashes them, before any
    /// parsing: a second event from the same save then costs a read and a hash, not a parse.
    /// Reads only regular files inside the content folder; see <see cref="SafeFile"/>.
    /// </summary>
    /// <returns>The bytes, or null when they could not be read (the reason is a finding).</returns>
    public PageSource? Read(string path, string relativeName, FindingList findings)
    {
        var folder = FolderOf(path, relativeName);
        var page = SafeFile.Read(folder, path, settings.MaxFileBytes, findings);
        if (page is null) return null;
        // The conditions page's words file is part of the page: a change to either reloads it.
        var wordsName = ConditionWords.FileFor(relativeName);
        var wordsPath = ConditionWords.FileFor(path);
        var wordFindings = new FindingList(wordsName);
        var words = File.Exists(wordsPath) || Directory.Exists(wordsPath) ? SafeFile.Read(folder, wordsPath, settings.MaxFileBytes, wordFindings) : null;
        return PageSource.Of(page, words, wordFindings.Items);
    }

    /// <summary>
    /// Builds a topic from bytes already read. Never throws. A file that trips a fault in the site's own code is
    /// reported like any broken file: reloads run on a background thread, where an escaping exception would end
    /// the process, and the checker (which uses this loader too) reports it instead of crashing.
    /// </summary>
    public LoadedFile Parse(PageSource source, string relativeName)
    {
        var findings = new FindingList(relativeName);
        var wordFindings = new FindingList(ConditionWords.FileFor(relativeName));
        Topic? topic = null;
        try
        {
            var text = TextFile.Decode(source.Page, findings);
            var words = source.Words is null ? null : TextFile.Decode(source.Words, wordFindings);
            topic = text is null ? null : Build(text, findings, words, wordFindings);
        }
#pragma warning disable CA1031 // One file must never stop the site: whatever went wrong becomes a finding and the last good version stays.
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            findings.Error(1, $"file could not be loaded because of a fault in the site itself ({e.GetType().Name}: {e.Message}). The last good version stays; tell the site's developers.");
        }
        return new LoadedFile(relativeName, topic, [.. findings.Items, .. source.WordFindings, .. wordFindings.Items]) { SourceHash = source.Hash };
    }

    /// <summary>Reads and parses one file: what the checker and the store do for each file.</summary>
    public LoadedFile Load(string path, string relativeName)
    {
        var findings = new FindingList(relativeName);
        return Read(path, relativeName, findings) is { } source
            ? Parse(source, relativeName)
            : new LoadedFile(relativeName, null, findings.Items);
    }

    /// <summary>The content folder a file's path lies in, given its name relative to that folder.</summary>
    private static string FolderOf(string path, string relativeName)
    {
        var full = Path.GetFullPath(path);
        return full.EndsWith(relativeName, StringComparison.Ordinal) ? full[..^relativeName.Length] : Path.GetDirectoryName(full) ?? full;
    }

    private Topic? Build(string markdown, FindingList findings, string? words, FindingList wordFindings)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            findings.Error(1, "file is empty. A page needs front matter (title, summary, slug, order, lastReviewed, nextReview) and some text.");
            return null;
        }
        if (!NestingDepth.IsWithin(markdown, settings.MaxNestingDepth, findings))
        {
            return null;
        }

        MarkdownDocument document;
        try
        {
            document = _markdown.Parse(markdown);
        }
        catch (ArgumentException)
        {
            // Markdig's own guard against pathological nesting (it stops at a fixed depth rather than overflow the stack).
            findings.Error(1, "Markdown is nested too deeply to read (brackets, emphasis, lists or quotes inside each other). Simplify the formatting.");
            return null;
        }
        if (!NestingDepth.TreeIsWithin(document, settings.MaxNestingDepth * 4, findings))
        {
            return null;
        }
        var frontMatterBlock = document.Descendants<YamlFrontMatterBlock>().FirstOrDefault();
        if (frontMatterBlock is null)
        {
            findings.Error(1, "file has no front matter. Start it with a line '---', then title, summary, slug, order, lastReviewed and nextReview, then '---'.");
            return null;
        }
        var yaml = string.Join('\n', frontMatterBlock.Lines.Lines.Take(frontMatterBlock.Lines.Count).Select(l => l.ToString()));
        var front = FrontMatterReader.Read(yaml, frontMatterBlock.Line + 2, findings);

        var sections = SectionList.Read(document, findings);
        var language = _languages.LanguageOfFile(findings.File);
        var proseText = ProseOf(document, front?.Layout).Select(p => InlineText.Of(p.Inline)).ToList();
        var prose = ProseStats.Measure(proseText);
        var reading = ReadingLevel.Of(proseText, language, settings);
        PageChecks.Run(document, front, reading, findings);
        CheckTranslationOf(front, language, findings);

        ConditionsPage? conditions = null;
        if (front?.Layout == "conditions")
        {
            conditions = ConditionListReader.Read(document, _markdown, findings,
                words is null ? null : ConditionWords.Read(words, wordFindings), wordFindings);
            if (conditions is null) return null;
        }
        else if (words is not null && front is not null)
        {
            wordFindings.Warning(1, "only a page with 'layout: conditions' reads a words file; this one is ignored.");
        }
        if (front is null) return null;

        var notice = document.LastChild is CustomContainer { Info: CalloutKind.Notice } last ? last : null;
        return new Topic
        {
            Slug = front.Slug,
            Title = front.Title,
            Summary = front.Summary,
            Order = front.Order,
            Review = front.Review,
            Aliases = front.Aliases,
            Lines = front.Lines,
            IsDraft = front.Draft,
            Html = _markdown.Render(document.Where(b => b != notice && b is not YamlFrontMatterBlock)),
            NoticeHtml = notice is null ? "" : _markdown.Render([notice]),
            Sections = sections,
            Conditions = conditions,
            Prose = prose,
            Reading = reading,
            Language = language,
            PathPrefix = _languages.PathPrefix(language),
            TranslationOf = front.TranslationOf,
            Layout = front.Layout,
            ReviewedBy = front.ReviewedBy,
            Links = PageLink.InternalLinksOf(document),
            SourceFile = findings.File,
        };
    }

    private void CheckTranslationOf(FrontMatter.FrontMatter? front, string language, FindingList findings)
    {
        if (front?.TranslationOf is not null && language == _languages.Default)
        {
            findings.Warning(front.Lines.Of("translationOf"), $"translationOf is for pages in a language folder ({string.Join(", ", _languages.Others.Select(c => c + "/"))}); a page in the main folder is the original. Remove it, or move the file.");
        }
    }

    /// <summary>
    /// The paragraphs whose reading level matters. On the conditions page the bullets are the names of
    /// conditions (often long medical words a reader searches for), not sentences, so they are not graded.
    /// </summary>
    private static IEnumerable<ParagraphBlock> ProseOf(MarkdownDocument document, string? layout) =>
        document.Descendants<ParagraphBlock>().Where(p => layout != "conditions" || p.Parent is not ListItemBlock);
}
