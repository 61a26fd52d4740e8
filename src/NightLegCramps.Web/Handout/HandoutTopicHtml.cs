using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;
using NightLegCramps.Content.Rendering.SectionLinks;

namespace NightLegCramps.Web.Handout;

/// <summary>
/// Fits a topic's rendered HTML into a handout of several topics. Two topics may share a section id
/// (say <c>what-to-try</c>), so every id and in-page link gets the topic's slug in front: <c>relief--what-to-try</c>.
/// Headings move down one level because the topic's title becomes the h2.
/// Works on HTML our own Markdig pipeline wrote (attributes always in double quotes; quotes in text are escaped).
/// </summary>
public static partial class HandoutTopicHtml
{
    public static string Anchor(string slug, string anchor) => slug + "--" + anchor;

    public static HtmlString Fit(string html, string slug)
    {
        var ids = Id().Replace(html, m => $" id=\"{Anchor(slug, m.Groups[1].Value)}\"");
        var links = Fragment().Replace(ids, m => $" href=\"#{Anchor(slug, m.Groups[1].Value)}\"");
        // A section link is named by the page's shared label and its heading: only the heading's id moves.
        links = LabelledBy().Replace(links, m => " aria-labelledby=\"" + string.Join(' ', m.Groups[1].Value.Split(' ')
            .Select(id => id == SectionHeadingRenderer.LabelId ? id : Anchor(slug, id))) + "\"");
        var demoted = HeadingTag().Replace(links, m =>
            $"<{m.Groups["close"].Value}h{int.Parse(m.Groups["level"].Value, CultureInfo.InvariantCulture) + 1}");
        return new HtmlString(demoted);
    }

    [GeneratedRegex(" id=\"([^\"]+)\"")]
    private static partial Regex Id();

    [GeneratedRegex(" aria-labelledby=\"([^\"]+)\"")]
    private static partial Regex LabelledBy();

    [GeneratedRegex(" href=\"#([^\"]+)\"")]
    private static partial Regex Fragment();

    [GeneratedRegex("<(?<close>/?)h(?<level>[2-5])\\b")]
    private static partial Regex HeadingTag();
}
