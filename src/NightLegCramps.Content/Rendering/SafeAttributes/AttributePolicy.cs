using System.Text;
using Markdig.Renderers.Html;
using NightLegCramps.Content.Topics;

namespace NightLegCramps.Content.Rendering.SafeAttributes;

/// <summary>
/// The one attribute an editor may write in Markdown: a section name such as <c>{#what-to-try}</c>
/// after a heading. Generic attributes could otherwise add <c>onclick</c>, <c>style</c>, <c>href</c>
/// or classes to any element, which is script injection or a way round the site's styling.
/// </summary>
internal static class AttributePolicy
{
    public static bool IsAllowed(HtmlAttributes attributes) =>
        attributes.Classes is null or { Count: 0 }
        && attributes.Properties is null or { Count: 0 }
        && (attributes.Id is null || SlugFormat.IsValid(attributes.Id));

    /// <summary>The attributes as an editor wrote them, for the checker's message.</summary>
    public static string Describe(HtmlAttributes attributes)
    {
        var text = new StringBuilder("{");
        if (attributes.Id is { } id) text.Append('#').Append(id).Append(' ');
        foreach (var cssClass in attributes.Classes ?? []) text.Append('.').Append(cssClass).Append(' ');
        foreach (var (name, value) in attributes.Properties ?? [])
        {
            text.Append(name);
            if (value is not null) text.Append("=\"").Append(value).Append('"');
            text.Append(' ');
        }
        return text.ToString().TrimEnd() + "}";
    }
}
