using NightLegCramps.Content.Topics;

namespace NightLegCramps.Web.Connect;

/// <summary>The topics that answer a lookup, in the language asked for, and the language they are really in.</summary>
internal sealed record TopicsInLanguage(IReadOnlyList<Topic> Topics, string Language);

/// <summary>
/// The one place a lookup (the Infobutton <c>/connect</c> and CDS Hooks cards) finds its topics. Every code the site
/// knows stands for the one condition it covers, so every published topic answers, in reading order.
/// </summary>
internal static class ConnectTopics
{
    /// <summary>
    /// The topics for a reader of <paramref name="language"/> ("en", "es"): that language's pages when the site
    /// publishes them, otherwise the default language's, marked as such so the record can tell its reader.
    /// </summary>
    public static TopicsInLanguage For(SiteContent content, string language) =>
        content.Edition(language).Topics is { Count: > 0 } topics
            ? new(topics, language)
            : new(content.Topics, content.Languages.Default);
}
