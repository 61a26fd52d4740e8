using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using NightLegCramps.Content.Topics;
using NightLegCramps.Web.Api;
using NightLegCramps.Web.Site;
using NightLegCramps.Web.Caching;

namespace NightLegCramps.Web.Pages.ForClinicians;

/// <summary>How clinicians link to the site, print handouts and look topics up by diagnosis code.</summary>
[OutputCache(PolicyName = CachePolicies.Page)]
internal sealed class ForCliniciansModel(SiteContent content, IOptions<SiteOptions> site) : PageModel
{
    public SiteOptions Site => site.Value;

    /// <summary>Every page and its sections, with the absolute addresses to paste into a letter or a record.</summary>
    public IReadOnlyList<TopicListing> Pages { get; private set; } = [];

    public void OnGet() => Pages = content.AllPages.Select(t => TopicListing.From(t, Site)).ToList();
}
