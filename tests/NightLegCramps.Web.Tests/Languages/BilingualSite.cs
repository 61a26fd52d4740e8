namespace NightLegCramps.Web.Tests.Languages;

/// <summary>The site over the fixture content, whose <c>es/</c> folder holds the Spanish pages, for one test class.</summary>
public sealed class BilingualSite : SiteFactory;
