using NightLegCramps.Content.Topics;

namespace NightLegCramps.Web.Pages;

/// <summary>What the layout puts in a page's head: its title, description and address.</summary>
public sealed record PageHead(string Title, string Description, string Path)
{
    public const string Key = nameof(PageHead);

    /// <summary>Set on topic pages, for metadata that describes a topic.</summary>
    public Topic? Topic { get; init; }

    public static PageHead For(Topic topic) => new(topic.Title, topic.Summary, topic.Path) { Topic = topic };
}
