using NightLegCramps.Content.Topics;

namespace NightLegCramps.Web.Offline;

/// <summary>
/// What the service worker (wwwroot/sw.js) keeps for a reader: every page they open, and these pages of their
/// language even if they have not opened them, so help for a cramp opens with no network.
/// </summary>
internal static class OfflinePages
{
    /// <summary>The address of the friendly "not saved" page in the default language; other languages put their code first.</summary>
    public const string OfflinePath = "/offline";

    /// <summary>The default-language slugs of the pages kept for every reader: home, relief, when to see a doctor.</summary>
    public static readonly IReadOnlyList<string> KeptSlugs = [Topic.HomeSlug, "relief", "when-to-see-a-doctor"];

    /// <summary>Those pages in one language (a page the language lacks is left out).</summary>
    public static IReadOnlyList<Topic> Kept(Edition edition) =>
        KeptSlugs.Select(slug => edition.AllPages.FirstOrDefault(t => t.SourceSlug == slug)).OfType<Topic>().ToList();

    /// <summary>The addresses the page hands to the service worker: the kept pages, then the offline page, of its language.</summary>
    public static string AddressesFor(Edition edition, string languagePrefix) =>
        string.Join(' ', Kept(edition).Select(t => t.Path).Append(languagePrefix + OfflinePath));
}
