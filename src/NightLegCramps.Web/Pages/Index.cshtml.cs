using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NightLegCramps.Content.Languages;
using NightLegCramps.Content.Topics;
using NightLegCramps.Web.Languages;
using NightLegCramps.Web.Caching;

namespace NightLegCramps.Web.Pages;

[OutputCache(PolicyName = CachePolicies.Page)]
internal sealed class IndexModel(SiteContent content, SiteLanguages languages) : PageModel
{
    public Topic Home { get; private set; } = null!;
    public IReadOnlyList<Topic> Topics { get; private set; } = [];

    public IActionResult OnGet()
    {
        var edition = content.Edition(RequestLanguage.Current(languages)); // "/" or "/es"
        if (edition.Home is null)
        {
            return NotFound(); // the 404 page still lists every topic
        }
        Home = edition.Home;
        Topics = edition.Topics;
        return Page();
    }
}
