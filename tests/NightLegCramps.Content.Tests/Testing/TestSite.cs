using NightLegCramps.Content.Checking;
using NightLegCramps.Content.Languages;

namespace NightLegCramps.Content.Tests.Testing;

/// <summary>
/// The site the content checks run against in these tests: English and Spanish, and a few addresses the site
/// serves itself. The real list comes from the web app's endpoints (its own tests check that).
/// </summary>
internal static class TestSite
{
    public static SiteLanguages Languages { get; } = SiteLanguages.Parse("en,es");

    public static ReservedAddresses Reserved { get; } = ReservedAddresses.Of("api", "editor", "handout", "healthz", "sitemap.xml");
}
