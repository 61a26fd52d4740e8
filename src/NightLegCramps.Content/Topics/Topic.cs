using NightLegCramps.Content.Conditions;
using NightLegCramps.Content.Readability;

namespace NightLegCramps.Content.Topics;

/// <summary>One page of the site, rendered once when its Markdown file loads.</summary>
internal sealed record Topic
{
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public required int Order { get; init; }
    public required ReviewDate Review { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public bool IsDraft { get; init; }

    /// <summary>The language code of the page, from the folder its file is in (<c>es/alivio.md</c> is Spanish).</summary>
    public string Language { get; init; } = Languages.SiteLanguages.DefaultCode;

    /// <summary>What this page's address starts with: nothing in the default language, <c>/es</c> in Spanish.</summary>
    public string PathPrefix { get; init; } = "";

    /// <summary>The slug of the default-language page this page translates (front matter <c>translationOf</c>).</summary>
    public string? TranslationOf { get; init; }

    /// <summary>
    /// The slug of the page in the default language that this page is a version of: its own slug, or the one it
    /// translates. Pages in different languages with the same key are the same page, for the language switcher and hreflang.
    /// </summary>
    public string SourceSlug => TranslationOf ?? Slug;

    /// <summary>Where each front matter value is written in the file, for findings about the whole site.</summary>
    public SourceLines Lines { get; init; } = SourceLines.None;

    /// <summary>The body as HTML, without the title (the page's h1) and without the closing notice.</summary>
    public required string Html { get; init; }

    /// <summary>The closing general-information notice, which the page shows last.</summary>
    public string NoticeHtml { get; init; } = "";

    public IReadOnlyList<Section> Sections { get; init; } = [];

    /// <summary>The front matter's <c>layout</c>: <c>conditions</c>, <c>about</c>, or null for a topic.</summary>
    public string? Layout { get; init; }

    /// <summary>The "about this site" page: reached from every footer, not listed among the topics.</summary>
    public bool IsAbout => Layout == "about";

    /// <summary>Who reviewed the page, when the front matter names them.</summary>
    public FrontMatter.Reviewer? ReviewedBy { get; init; }

    /// <summary>Set only for the page whose front matter says <c>layout: conditions</c>.</summary>
    public ConditionsPage? Conditions { get; init; }

    public required ProseStats Prose { get; init; }

    /// <summary>The reading level by the formula for the page's language; null for a language with no formula.</summary>
    public ReadingLevel? Reading { get; init; }

    /// <summary>Links to other pages of this site, kept so broken ones can be reported.</summary>
    public IReadOnlyList<PageLink> Links { get; init; } = [];

    /// <summary>The Markdown file this topic came from, relative to the content folder.</summary>
    public required string SourceFile { get; init; }

    /// <summary>A language's home page: slug <c>home</c>, or the translation of it (which may have a slug of its own).</summary>
    public bool IsHome => SourceSlug == HomeSlug;

    /// <summary>The file whose slug is <c>home</c> is the home page, served at <c>/</c>.</summary>
    public const string HomeSlug = "home";

    public string Path => IsHome ? (PathPrefix.Length == 0 ? "/" : PathPrefix) : PathPrefix + "/" + Slug;

    /// <summary>The address that opens this page at a section or a conditions category, such as <c>/relief#stretch</c>.</summary>
    public string PathTo(string anchor) => Path + "#" + anchor;
}
