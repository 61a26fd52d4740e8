using NightLegCramps.Content.Loading;

namespace NightLegCramps.Content.Tests.Testing;

/// <summary>Builds small topic files in memory and loads them the way the site does.</summary>
public static class TopicText
{
    public static string FrontMatter(string slug = "test-page", string extra = "") => $"""
        ---
        title: Test page
        summary: A page for a test.
        slug: {slug}
        order: 1
        lastReviewed: 2026-11-20
        nextReview: 2027-11-20
        {extra}
        ---

        """;

    public const string Notice = "\n:::notice\nThis is general information, not a diagnosis.\n:::\n";

    public static LoadedFile Load(string markdown, ContentSettings? settings = null) =>
        new TopicLoader(settings ?? new ContentSettings(), TimeProvider.System).LoadText(markdown, "test-page.md");

    /// <summary>The repository's content folder, found from the test binaries upward.</summary>
    public static string RepositoryContent { get; } = ContentFolder.Resolve(null, AppContext.BaseDirectory);
}
