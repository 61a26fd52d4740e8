using NightLegCramps.Content.Topics;

namespace NightLegCramps.Content.Checking;

/// <summary>
/// Checks that need every page at once: slugs and old addresses used twice or reserved,
/// and links to pages or sections that do not exist. Returns the pages that may be published.
/// </summary>
public static class SiteChecks
{
    public static IReadOnlyList<Topic> Run(IReadOnlyList<Topic> candidates, Func<string, FindingList> findingsFor)
    {
        var published = new List<Topic>();
        var slugOwners = new Dictionary<string, Topic>(StringComparer.Ordinal);
        foreach (var topic in candidates.OrderBy(t => t.SourceFile, StringComparer.Ordinal))
        {
            var findings = findingsFor(topic.SourceFile);
            if (Topic.ReservedSlugs.Contains(topic.Slug))
            {
                findings.Error(2, $"slug '{topic.Slug}' is an address the site itself uses; choose another. Reserved: {string.Join(", ", Topic.ReservedSlugs)}.");
                continue;
            }
            if (slugOwners.TryGetValue(topic.Slug, out var owner))
            {
                findings.Error(2, $"slug '{topic.Slug}' is already used by {owner.SourceFile}; this page is left out until one of them changes.");
                continue;
            }
            slugOwners.Add(topic.Slug, topic);
            published.Add(topic);
        }

        published = DropClashingAliases(published, slugOwners, findingsFor);
        CheckLinks(published, slugOwners, findingsFor);
        return published;
    }

    private static List<Topic> DropClashingAliases(List<Topic> published, Dictionary<string, Topic> slugOwners, Func<string, FindingList> findingsFor)
    {
        var aliasOwners = new Dictionary<string, Topic>(StringComparer.OrdinalIgnoreCase);
        var result = new List<Topic>();
        foreach (var topic in published)
        {
            var kept = new List<string>();
            foreach (var alias in topic.Aliases)
            {
                var findings = findingsFor(topic.SourceFile);
                if (slugOwners.ContainsKey(alias.TrimStart('/')) || alias == "/")
                {
                    findings.Error(2, $"alias '{alias}' is the address of a live page; it cannot also redirect here.");
                }
                else if (!aliasOwners.TryAdd(alias, topic))
                {
                    findings.Error(2, $"alias '{alias}' is also claimed by {aliasOwners[alias].SourceFile}; an old address can lead to one page only.");
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

    private static void CheckLinks(List<Topic> published, Dictionary<string, Topic> slugOwners, Func<string, FindingList> findingsFor)
    {
        foreach (var topic in published)
        {
            foreach (var link in topic.Links)
            {
                var target = link.Path.Length == 0 ? topic
                    : link.Path == "/" ? published.FirstOrDefault(t => t.IsHome)
                    : slugOwners.GetValueOrDefault(link.Path.TrimStart('/').TrimEnd('/'));
                if (target is null)
                {
                    if (!IsSiteFeature(link.Path))
                    {
                        findingsFor(topic.SourceFile).Error(link.Line, $"link to '{link.Url}' points to no page. Pages: {string.Join(", ", slugOwners.Keys.Order().Select(s => "/" + s))}.");
                    }
                    continue;
                }
                if (link.Anchor is { Length: > 0 } anchor && target.Sections.All(s => s.Anchor != anchor))
                {
                    findingsFor(topic.SourceFile).Error(link.Line, $"link to '{link.Url}': page {target.Path} has no section '#{anchor}'. Its sections: {string.Join(", ", target.Sections.Select(s => "#" + s.Anchor))}.");
                }
            }
        }
    }

    private static bool IsSiteFeature(string path) =>
        Topic.ReservedSlugs.Contains(path.TrimStart('/').Split('/')[0]) || path is "/sitemap.xml" or "/robots.txt";
}
