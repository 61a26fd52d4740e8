using NightLegCramps.Content.Loading;

namespace NightLegCramps.Browser.Tests.Testing;

/// <summary>
/// Every address a reader can land on, taken from the content itself (a new page is tested without editing
/// this file), plus the pages written as views: "for clinicians", the handout picker, "not found" and the conditions page filtered by the server.
/// </summary>
public static class SitePages
{
    public const string NotFound = "/no-such-page";
    public const string FilteredConditions = "/conditions?q=thyroid";
    public const string ForClinicians = "/for-clinicians";
    public const string Offline = "/offline";
    public const string Handout = "/handout";

    public static IReadOnlyList<string> Paths { get; } = Load();

    /// <summary>The Spanish conditions page, wherever its slug is.</summary>
    public static string SpanishConditions { get; } = Paths.First(p => p.StartsWith("/es/", StringComparison.Ordinal) && p.EndsWith("?q=tiroides", StringComparison.Ordinal)).Split('?')[0];

    public static TheoryData<string> All => new(Paths);

    private static List<string> Load()
    {
        using var store = new ContentStore(new ContentSettings(), SiteFactory.FixtureContent, TimeProvider.System);
        var content = store.LoadAll().Content;
        // Every language's pages: the layout, contrast and axe checks run on the Spanish edition too.
        var pages = content.EveryPage.Select(topic => topic.Path).ToList();
        // Each language's "about this site" page is linked from every footer rather than listed among the topics.
        pages.AddRange(content.Languages.Codes.Select(code => content.Edition(code).About?.Path).OfType<string>());
        pages.Add(Offline);
        pages.Add(ForClinicians);
        pages.Add(Handout);
        pages.Add(NotFound);
        pages.Add(FilteredConditions);
        foreach (var language in content.Languages.Others.Where(l => content.Edition(l).Home is not null))
        {
            pages.Add($"/{language}{Handout}");
            pages.Add($"/{language}{NotFound}");
            if (content.Edition(language).ConditionsTopic is { } conditions) pages.Add(conditions.Path + "?q=tiroides");
        }
        return pages;
    }
}
