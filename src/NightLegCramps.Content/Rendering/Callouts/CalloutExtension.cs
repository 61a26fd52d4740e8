using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace NightLegCramps.Content.Rendering.Callouts;

/// <summary>Renders <c>:::urgent</c>, <c>:::appointment</c>, <c>:::notice</c> and <c>:::now</c> as labelled callout boxes.</summary>
internal sealed class CalloutExtension : IMarkdownExtension
{
    /// <summary>Parsing is Markdig's custom containers (added before this extension); only the HTML is ours.</summary>
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.ReplaceOrAdd<HtmlCustomContainerRenderer>(new CalloutRenderer());
        }
    }
}

internal sealed class CalloutRenderer : HtmlObjectRenderer<CustomContainer>
{
    protected override void Write(HtmlRenderer renderer, CustomContainer container)
    {
        renderer.EnsureLine();
        var kind = container.Info;
        // An unknown name still renders its text (the checker reports it), just without callout styling.
        var cssClass = CalloutKind.IsKnown(kind) ? $"callout callout-{kind}" : "callout";
        renderer.Write("<div class=\"").Write(cssClass).Write("\" role=\"note\">");
        renderer.WriteLine();
        renderer.WriteChildren(container);
        renderer.WriteLine("</div>");
    }
}
