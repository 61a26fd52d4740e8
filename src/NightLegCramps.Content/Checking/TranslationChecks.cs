using System.Globalization;
using NightLegCramps.Content.Languages;
using NightLegCramps.Content.Topics;

namespace NightLegCramps.Content.Checking;

/// <summary>
/// Checks that a translation keeps up with the page it translates: it names a page that exists, has every
/// section address of its source (so <c>/es/alivio#what-to-try</c> works like <c>/relief#what-to-try</c>), and
/// was reviewed no earlier than its source. Pages with no translation are named, for each language that has
/// pages at all (a language an editor has only just added is not yet a list of missing pages).
/// </summary>
internal static class TranslationChecks
{
    /// <returns>The pages that may be published: a second translation of one page into one language is left out.</returns>
    public static List<Topic> Run(List<Topic> pages, SiteLanguages languages, Func<string, FindingList> findingsFor)
    {
        var originals = pages.Where(t => t.Language == languages.Default).ToDictionary(t => t.Slug, StringComparer.Ordinal);
        var kept = new List<Topic>();
        var translated = new Dictionary<(string Language, string Source), Topic>();
        foreach (var page in pages)
        {
            if (page.Language == languages.Default || page.TranslationOf is not { } source)
            {
                kept.Add(page);
                continue;
            }
            var findings = findingsFor(page.SourceFile);
            var line = page.Lines.Of("translationOf");
            if (!originals.TryGetValue(source, out var original))
            {
                findings.Error(line, $"translationOf '{source}' names no page. Pages: {string.Join(", ", originals.Keys.Order(StringComparer.Ordinal))}.");
                kept.Add(page);
                continue;
            }
            if (translated.TryGetValue((page.Language, source), out var other))
            {
                findings.Error(line, $"{other.SourceFile} already translates '{source}'; this page is left out until one of them changes.");
                continue;
            }
            translated.Add((page.Language, source), page);
            kept.Add(page);
            MissingSections(original, page, findings);
            OutOfDate(original, page, findings);
        }
        foreach (var language in languages.Others.Where(l => pages.Any(t => t.Language == l)))
        {
            foreach (var original in originals.Values.Where(o => !translated.ContainsKey((language, o.Slug))))
            {
                findingsFor(original.SourceFile).Warning(original.Lines.Of("slug"),
                    $"'{original.Slug}' has no {SiteLanguages.EnglishName(language)} translation. Add a page to {language}/ with 'translationOf: {original.Slug}'.");
            }
        }
        return kept;
    }

    private static void MissingSections(Topic original, Topic translation, FindingList findings)
    {
        var missing = original.Sections.Select(s => s.Anchor).Except(translation.Sections.Select(s => s.Anchor), StringComparer.Ordinal).ToList();
        if (missing.Count == 0) return;
        findings.Error(translation.Lines.Of("translationOf"),
            $"sections of {original.SourceFile} missing here: {string.Join(", ", missing.Select(a => "#" + a))}. Give the matching headings the same ids, like '## Qué probar {{#{missing[0]}}}', so links to a section work in every language.");
    }

    private static void OutOfDate(Topic original, Topic translation, FindingList findings)
    {
        if (original.Review.LastReviewed <= translation.Review.LastReviewed) return;
        findings.Warning(translation.Lines.Of("lastReviewed"), string.Create(CultureInfo.InvariantCulture,
            $"the {SiteLanguages.EnglishName(translation.Language)} translation of {original.Slug} may be out of date: {SiteLanguages.EnglishName(original.Language)} reviewed {original.Review.LastReviewed:yyyy-MM-dd}, translation {translation.Review.LastReviewed:yyyy-MM-dd}. Update the translation, then its lastReviewed."));
    }
}
