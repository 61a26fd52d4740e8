using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;
using NightLegCramps.Content.Topics;

namespace NightLegCramps.Web.Print;

/// <summary>
/// On paper a link cannot be followed, so each link to another topic carries what to print after it
/// (<c>data-print</c>, shown by print.css): the topic's address, or inside a handout that holds the topic, "see below".
/// Works on HTML our own Markdig pipeline wrote (attributes in double quotes, <c>href</c> first).
/// </summary>
internal static partial class PrintLinks
{
    /// <param name="html">A topic's rendered HTML.</param>
    /// <param name="printedFor">What to print after a link to this topic, or null to print nothing.</param>
    public static HtmlString Annotate(string html, SiteContent content, Func<Topic, string?> printedFor) =>
        new(SiteLink().Replace(html, m =>
            content.FindByPath(m.Groups["path"].Value) is { } topic && printedFor(topic) is { } printed
                ? $"{m.Value} data-print=\"{WebUtility.HtmlEncode(printed)}\""
                : m.Value));

    [GeneratedRegex("<a href=\"(?<path>/[^\"#?]*)[^\"]*\"")]
    private static partial Regex SiteLink();
}
