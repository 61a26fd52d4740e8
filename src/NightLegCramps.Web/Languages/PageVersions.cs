using NightLegCramps.Content.Topics;

namespace NightLegCramps.Web.Languages;

/// <summary>One page in one language: where a language link or an hreflang alternate points.</summary>
public sealed record PageVersion(string Language, string Path);

internal static class PageVersions
{
    /// <summary>A topic in every language it is published in (itself included), in the configured order.</summary>
    public static IReadOnlyList<PageVersion> Of(Topic topic, SiteContent content) =>
        content.VersionsOf(topic).Select(t => new PageVersion(t.Language, t.Path)).ToList();

    /// <summary>
    /// The language switcher's links: for each other language that has a home page, this page in that language,
    /// or that language's home page when this page has no translation there.
    /// </summary>
    public static IReadOnlyList<PageVersion> Switcher(IReadOnlyList<PageVersion> versions, string current, SiteContent content) =>
        content.Languages.Codes
            .Where(language => language != current)
            .Select(language => versions.FirstOrDefault(v => v.Language == language)
                ?? (content.Edition(language).Home is { } home ? new PageVersion(language, home.Path) : null))
            .OfType<PageVersion>()
            .ToList();
}
