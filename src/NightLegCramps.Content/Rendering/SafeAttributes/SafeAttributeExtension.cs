using Markdig;
using Markdig.Extensions.GenericAttributes;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace NightLegCramps.Content.Rendering.SafeAttributes;

/// <summary>
/// Lets Markdig's generic attributes through only when <see cref="AttributePolicy"/> allows them.
/// Anything else in the braces is dropped whole and remembered, so the checker can name the line.
/// Must be added after <c>UseGenericAttributes()</c>: it wraps the parsers that extension installs.
/// </summary>
internal sealed class SafeAttributeExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        var index = pipeline.InlineParsers.FindIndex(p => p is GenericAttributesParser);
        if (index < 0)
        {
            throw new InvalidOperationException("Add SafeAttributeExtension after UseGenericAttributes(): it guards that extension's parsers.");
        }
        pipeline.InlineParsers[index] = new SafeAttributeParser((GenericAttributesParser)pipeline.InlineParsers[index]);
        foreach (var parser in pipeline.BlockParsers.OfType<IAttributesParseable>())
        {
            if (parser.TryParseAttributes is { } inner) parser.TryParseAttributes = Guard(inner);
        }
        // A last sweep, so no attribute an editor could name (onclick, style, href) survives by any other route.
        pipeline.DocumentProcessed += RemoveProperties;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    /// <summary>The attributes removed from a document, with their lines, for the checker.</summary>
    public static IReadOnlyList<(string Attributes, int Line)> RemovedFrom(MarkdownDocument document) =>
        document.GetData(typeof(SafeAttributeExtension)) as List<(string, int)> ?? [];

    internal static void Record(MarkdownDocument document, HtmlAttributes attributes, int line)
    {
        if (document.GetData(typeof(SafeAttributeExtension)) is not List<(string, int)> removed)
        {
            removed = [];
            document.SetData(typeof(SafeAttributeExtension), removed);
        }
        removed.Add((AttributePolicy.Describe(attributes), line));
    }

    /// <summary>Headings and fenced blocks read their braces through this hook rather than the inline parser.</summary>
    private static TryParseAttributesDelegate Guard(TryParseAttributesDelegate inner) =>
        (BlockProcessor processor, ref StringSlice line, IBlock block) =>
        {
            // Let Markdig read the braces onto a scratch block, then copy them over only if they are safe.
            var scratch = new ParagraphBlock();
            if (!inner(processor, ref line, scratch)) return false;
            var attributes = scratch.GetAttributes();
            if (AttributePolicy.IsAllowed(attributes)) attributes.CopyTo(block.GetAttributes());
            else Record(processor.Document, attributes, processor.LineIndex + 1);
            return true;
        };

    private static void RemoveProperties(MarkdownDocument document)
    {
        foreach (var node in document.Descendants())
        {
            if (node.TryGetAttributes() is not { Properties.Count: > 0 } attributes) continue;
            Record(document, new HtmlAttributes { Properties = attributes.Properties }, node.Line + 1);
            attributes.Properties = null;
        }
    }
}

/// <summary>The inline form: braces after a word, link or emphasis.</summary>
internal sealed class SafeAttributeParser : InlineParser
{
    private readonly GenericAttributesParser _inner;

    public SafeAttributeParser(GenericAttributesParser inner)
    {
        _inner = inner;
        OpeningCharacters = inner.OpeningCharacters;
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var probe = slice;
        if (!GenericAttributesParser.TryParse(ref probe, out var attributes)) return false;
        if (AttributePolicy.IsAllowed(attributes)) return _inner.Match(processor, ref slice);
        // The paragraph's first line: inline positions are only tracked when precise locations are on.
        SafeAttributeExtension.Record(processor.Document, attributes, (processor.Block?.Line ?? 0) + 1);
        slice = probe; // skip the braces: nothing in them reaches the page
        return true;
    }
}
