using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Syntax;
using NightLegCramps.Content.Rendering.Callouts;
using NightLegCramps.Content.Rendering.SafeAttributes;
using NightLegCramps.Content.Rendering.SafeLinks;
using NightLegCramps.Content.Rendering.SectionLinks;

namespace NightLegCramps.Content.Rendering;

/// <summary>
/// The one Markdig pipeline the site uses. A pipeline is immutable and thread-safe,
/// so it is built once and shared by the site, the checker and the tests.
/// </summary>
internal sealed class SiteMarkdown
{
    public static SiteMarkdown Shared { get; } = new();

    public MarkdownPipeline Pipeline { get; }

    private SiteMarkdown()
    {
        Pipeline = new MarkdownPipelineBuilder()
            .UsePreciseSourceLocation() // links and raw HTML are reported on their own line, not line 1
            .UseYamlFrontMatter()
            .UseGenericAttributes() // {#id} after a heading sets a stable section address
            .Use<SafeAttributeExtension>() // ...and nothing else: no onclick, style, href or classes
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UseCustomContainers()
            .Use<CalloutExtension>()
            .Use<SectionLinkExtension>()
            .Use<SafeLinkExtension>()
            .DisableHtml() // raw HTML is shown as text, never rendered
            .Build();
    }

    public MarkdownDocument Parse(string markdown) => Markdown.Parse(markdown, Pipeline, context: null);

    /// <summary>Renders some of a document's blocks, for pages that compose parts of a file.</summary>
    public string Render(IEnumerable<Block> blocks)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        foreach (var block in blocks)
        {
            renderer.Render(block);
        }
        writer.Flush();
        return writer.ToString();
    }
}
