using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using NightLegCramps.Content.Rendering.SafeLinks;

namespace NightLegCramps.Content.Topics;

/// <summary>A link from a page to an address on this site, such as <c>/relief#what-to-try</c>.</summary>
internal sealed record PageLink(string Url, int Line)
{
    public string Path => Url.Split('#', 2)[0].Split('?', 2)[0];

    public string? Anchor => Url.Split('#', 2) is [_, var anchor] ? anchor : null;

    public static IReadOnlyList<PageLink> InternalLinksOf(MarkdownDocument document) =>
        document.Descendants<LinkInline>()
            .Where(l => !l.IsImage && l.Url is not null && LinkPolicy.IsInternal(l.Url))
            .Select(l => new PageLink(l.Url!, l.Line + 1))
            .ToList();
}
