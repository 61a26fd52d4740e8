using System.Text;
using Markdig.Syntax.Inlines;

namespace NightLegCramps.Content.Rendering;

/// <summary>The plain words of some inline Markdown, without any markup.</summary>
internal static class InlineText
{
    public static string Of(ContainerInline? container)
    {
        if (container is null) return "";
        var text = new StringBuilder();
        Append(container, text);
        return text.ToString().Trim();
    }

    private static void Append(ContainerInline container, StringBuilder text)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal: text.Append(literal.Content.ToString()); break;
                case CodeInline code: text.Append(code.Content); break;
                case LineBreakInline: text.Append(' '); break;
                case HtmlEntityInline entity: text.Append(entity.Transcoded.ToString()); break;
                case AutolinkInline autolink: text.Append(autolink.Url); break;
                case ContainerInline child: Append(child, text); break;
            }
        }
    }
}
