using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace NightLegCramps.Content.Rendering.SafeLinks;

/// <summary>
/// After parsing, replaces every link or image whose address is not allowed by its plain text,
/// so nothing a reader can click runs script or leaves to an unvetted scheme.
/// </summary>
internal sealed class SafeLinkExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += Neutralise;

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    /// <summary>The addresses removed from a document, kept so the checker can report them with their lines.</summary>
    public static IReadOnlyList<(string Url, int Line)> RemovedFrom(MarkdownDocument document) =>
        document.GetData(typeof(SafeLinkExtension)) as List<(string, int)> ?? [];

    private static void Neutralise(MarkdownDocument document)
    {
        var removed = new List<(string, int)>();
        document.SetData(typeof(SafeLinkExtension), removed);
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (LinkPolicy.IsAllowed(link.Url)) continue;
            removed.Add((link.Url ?? "", link.Line + 1));
            if (link.IsImage)
            {
                link.Remove();
                continue;
            }
            foreach (var child in link.ToList())
            {
                child.Remove();
                link.InsertBefore(child);
            }
            link.Remove();
        }
        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (LinkPolicy.IsAllowed(autolink.Url)) continue;
            removed.Add((autolink.Url, autolink.Line + 1));
            autolink.ReplaceBy(new LiteralInline(autolink.Url));
        }
    }
}
