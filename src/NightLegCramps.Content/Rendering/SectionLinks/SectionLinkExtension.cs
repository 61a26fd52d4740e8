using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace NightLegCramps.Content.Rendering.SectionLinks;

/// <summary>
/// Gives every h2 and h3 a visible "link to this section" anchor that works without JavaScript. Its accessible
/// name is the page's "Link to the section:" label and the heading, so the rendered Markdown holds no UI words
/// and one rendering serves any language.
/// Also turns an h1 in Markdown into an h2: the page title is the only h1.
/// </summary>
internal sealed class SectionLinkExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += DemoteTitles;

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.ReplaceOrAdd<HeadingRenderer>(new SectionHeadingRenderer());
        }
    }

    /// <summary>The headings written as '# heading' and shown as h2, kept so the checker can point at them.</summary>
    public static IReadOnlyList<HeadingBlock> DemotedIn(MarkdownDocument document) =>
        document.GetData(typeof(SectionLinkExtension)) as List<HeadingBlock> ?? [];

    private static void DemoteTitles(MarkdownDocument document)
    {
        var demoted = document.Descendants<HeadingBlock>().Where(h => h.Level == 1).ToList();
        foreach (var heading in demoted)
        {
            heading.Level = 2;
        }
        document.SetData(typeof(SectionLinkExtension), demoted);
    }
}

internal sealed class SectionHeadingRenderer : HtmlObjectRenderer<HeadingBlock>
{
    /// <summary>The id of the element every page carries with the words "Link to the section:" in its language.</summary>
    public const string LabelId = "section-link-label";

    protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
    {
        var tag = "h" + Math.Clamp(heading.Level, 1, 6).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var id = heading.GetAttributes().Id;
        var linked = id is not null && heading.Level is 2 or 3;

        renderer.EnsureLine();
        if (linked) renderer.Write("<div class=\"section-heading\">");
        renderer.Write('<').Write(tag).WriteAttributes(heading).Write('>');
        renderer.WriteLeafInline(heading);
        renderer.Write("</").Write(tag).Write('>');
        if (linked)
        {
            // Named by the page's "Link to the section:" label (in the reader's language, so none is written here)
            // followed by the heading's own text.
            renderer.Write("<a class=\"section-link\" href=\"#").WriteEscapeUrl(id).Write("\" aria-labelledby=\"")
                .Write(LabelId).Write(' ').WriteEscape(id).Write("\"><span aria-hidden=\"true\">#</span></a></div>");
        }
        renderer.WriteLine();
    }
}
