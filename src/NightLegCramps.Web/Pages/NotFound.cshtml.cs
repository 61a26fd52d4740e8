using Microsoft.AspNetCore.Mvc.RazorPages;
using NightLegCramps.Content.Languages;
using NightLegCramps.Content.Topics;
using NightLegCramps.Web.Languages;

namespace NightLegCramps.Web.Pages;

internal sealed class NotFoundModel(SiteContent content, SiteLanguages languages) : PageModel
{
    public IReadOnlyList<Topic> Pages { get; private set; } = [];

    public void OnGet()
    {
        // Reached directly or re-executed for an unknown address: either way it is a 404.
        Response.StatusCode = StatusCodes.Status404NotFound;
        // In the language of the address that was not found: /es/... gets the Spanish page and the Spanish topics.
        Pages = content.Edition(RequestLanguage.Current(languages)).AllPages.ToList();
    }
}
