using NightLegCramps.Content.Topics;

namespace NightLegCramps.Web.Pages;

/// <summary>What the layout puts in a page's head: its title, description and address.</summary>
internal sealed record PageHead(string Title, string Description, string Path)
{
    public const string Key = nameof(PageHead);

    /// <summary>Set on topic pages, for metadata that describes a topic.</summary>
    public Topic? Topic { get; init; }

    /// <summary>
    /// False for a page no one should share or index, such as the 404: it gets no canonical link or
    /// <c>og:url</c>, is marked <c>noindex</c>, and prints without the address and QR code.
    /// </summary>
    public bool IsShareable { get; init; } = true;

    /// <summary>
    /// The anchor of a list of every topic that the page shows itself (home, "not found"). Then the layout leaves
    /// out its own "All topics" list, so the topics are listed once, and the header's link points to the page's list.
    /// </summary>
    public string? ListsTopicsAt { get; init; }

    /// <summary>
    /// The same page in every language it exists in, for hreflang alternates and the language switcher.
    /// Left null on a topic page, whose versions the layout looks up itself.
    /// </summary>
    public IReadOnlyList<NightLegCramps.Web.Languages.PageVersion>? Versions { get; init; }

    public static PageHead For(Topic topic) => new(topic.Title, topic.Summary, topic.Path) { Topic = topic };
}
