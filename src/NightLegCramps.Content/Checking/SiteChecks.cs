using NightLegCramps.Content.Languages;
using NightLegCramps.Content.Loading;
using NightLegCramps.Content.Topics;

namespace NightLegCramps.Content.Checking;

/// <summary>
/// Checks that need every page at once: slugs and old addresses used twice or reserved,
/// and links to pages or sections that do not exist. Returns the pages that may be published,
/// drafts included: a draft is checked like any page, so publishing it later cannot break the site.
/// </summary>
internal static class SiteChecks
{
    /// <param name="candidates">Every loadable page. When two claim one slug or old address, the earlier one keeps it,
    /// so the caller puts pages already live first: a new file cannot take a live page down.</param>
    /// <param name="findingsFor">Where to report a problem found in a file.</param>
    /// <param name="languages">The site's languages; slugs are unique within a language, and a language's code is reserved.</param>
    /// <param name="reserved">The first parts of the addresses the site serves itself, from the web app.</param>
    /// <param name="heldBack">The latest version of files an error keeps from going live, by file: their links are
    /// checked instead of the live version's, so the editor hears about everything in the file at once.</param>
    public static IReadOnlyList<Topic> Run(IEnumerable<Topic> candidates, Func<string, FindingList> findingsFor, SiteLanguages languages,
        ReservedAddresses reserved, IReadOnlyDictionary<string, Topic>? heldBack = null)
    {
        var pages = new List<Topic>();
        var pathOwners = new Dictionary<string, Topic>(StringComparer.Ordinal);
        foreach (var topic in candidates)
        {
            var findings = findingsFor(topic.SourceFile);
            var line = topic.Lines.Of("slug");
            if (reserved.Contains(topic.Slug) || languages.IsOther(topic.Slug))
            {
                var taken = reserved.All.Concat(languages.Others).Where(SlugFormat.IsValid).Order(StringComparer.Ordinal);
                findings.Error(line, $"slug '{topic.Slug}' is an address the site itself uses; choose another. Reserved: {string.Join(", ", taken)}.");
                continue;
            }
            if (pathOwners.TryGetValue(topic.Path, out var owner))
            {
                findings.Error(line, owner.Slug == topic.Slug
                    ? $"slug '{topic.Slug}' is already used by {owner.SourceFile}; this page is left out until one of them changes."
                    : $"{owner.SourceFile} is already the home page of this language ({topic.Path}); this page is left out until one of them changes.");
                continue;
            }
            pathOwners.Add(topic.Path, topic);
            pages.Add(topic);
        }

        var site = new SiteAddresses(languages, reserved);
        pages = DropClashingAliases(pages, site, findingsFor);
        pages = TranslationChecks.Run(pages, languages, findingsFor);
        CheckLinks(pages, site, findingsFor, heldBack ?? new Dictionary<string, Topic>());
        return pages;
    }

    private static List<Topic> DropClashingAliases(List<Topic> pages, SiteAddresses site, Func<string, FindingList> findingsFor)
    {
        var aliasOwners = new Dictionary<string, Topic>(StringComparer.OrdinalIgnoreCase);
        var result = new List<Topic>();
        foreach (var topic in pages)
        {
            var kept = new List<string>();
            foreach (var alias in topic.Aliases)
            {
                var findings = findingsFor(topic.SourceFile);
                var line = topic.Lines.OfAlias(alias);
                if (IsLivePageAddress(alias, pages))
                {
                    findings.Error(line, $"alias '{alias}' is the address of a live page; it cannot also lead here. Remove it from 'aliases'.");
                }
                else if (site.IsSiteFeature(alias))
                {
                    findings.Error(line, $"alias '{alias}' is an address the site itself uses; remove it from 'aliases'.");
                }
                else if (!aliasOwners.TryAdd(alias, topic))
                {
                    findings.Error(line, $"alias '{alias}' is also claimed by {aliasOwners[alias].SourceFile}; an old address can lead to one page only. Remove it from one of them.");
                }
                else
                {
                    kept.Add(alias);
                }
            }
            result.Add(kept.Count == topic.Aliases.Count ? topic : topic with { Aliases = kept });
        }
        return result;
    }

    private static void CheckLinks(List<Topic> pages, SiteAddresses site, Func<string, FindingList> findingsFor, IReadOnlyDictionary<string, Topic> heldBack)
    {
        var byPath = pages.ToDictionary(t => t.Path, StringComparer.Ordinal);
        var aliasOwners = new Dictionary<string, Topic>(StringComparer.OrdinalIgnoreCase);
        foreach (var topic in pages)
        {
            foreach (var alias in topic.Aliases) aliasOwners.TryAdd(alias, topic);
        }
        var linking = pages.Where(t => !heldBack.ContainsKey(t.SourceFile)).Concat(heldBack.Values);
        foreach (var topic in linking)
        {
            var findings = findingsFor(topic.SourceFile);
            foreach (var link in topic.Links)
            {
                var path = link.Path.TrimEnd('/');
                var target = link.Path.Length == 0 ? topic : byPath.GetValueOrDefault(path.Length == 0 ? "/" : path);
                if (target is null)
                {
                    if (aliasOwners.TryGetValue(path, out var moved))
                    {
                        findings.Warning(link.Line, $"link to '{link.Url}' uses an old address of {moved.Path}; link to {moved.Path} directly.");
                    }
                    else if (!site.IsSiteFeature(link.Path))
                    {
                        var sameLanguage = pages.Where(t => t.Language == topic.Language).Select(t => t.Path).Order(StringComparer.Ordinal);
                        findings.Error(link.Line, $"link to '{link.Url}' points to no page. Pages: {string.Join(", ", sameLanguage)}.");
                    }
                    continue;
                }
                if (target.IsDraft && !topic.IsDraft)
                {
                    findings.Warning(link.Line, $"link to '{link.Url}' leads to a draft page, which readers cannot see yet. Publish {target.SourceFile} first, or remove the link.");
                }
                if (link.Anchor is { Length: > 0 } anchor && target.Sections.All(s => s.Anchor != anchor))
                {
                    findings.Error(link.Line, $"link to '{link.Url}': page {target.Path} has no section '#{anchor}'. {SectionsOf(target)}");
                }
            }
        }
    }

    private static string SectionsOf(Topic page) => page.Sections.Count == 0
        ? "It has no sections: give a heading an id, like '## Heading {#id}'."
        : $"Its sections: {string.Join(", ", page.Sections.Select(s => "#" + s.Anchor))}.";

    // Ignoring case and a closing slash, as the redirects do: '/Prevention' must not lead away from /prevention.
    private static bool IsLivePageAddress(string alias, List<Topic> pages)
    {
        var path = alias.TrimEnd('/');
        return pages.Any(t => string.Equals(t.Path, path.Length == 0 ? "/" : path, StringComparison.OrdinalIgnoreCase));
    }

    private sealed record SiteAddresses(SiteLanguages Languages, ReservedAddresses Reserved)
    {
        /// <summary>An address the site serves itself, such as <c>/handout</c> or, in another language, <c>/es/handout</c>.</summary>
        public bool IsSiteFeature(string path)
        {
            var parts = path.TrimStart('/').Split('/');
            var first = parts.Length > 1 && Languages.IsOther(parts[0]) ? parts[1] : parts[0];
            return Reserved.Contains(first);
        }
    }
}
