using Microsoft.AspNetCore.Mvc.RazorPages;
using NightLegCramps.Content.Loading;
using NightLegCramps.Content.Topics;

namespace NightLegCramps.Web.Pages;

public sealed class NotFoundModel(ContentStore store) : PageModel
{
    public IReadOnlyList<Topic> Pages { get; private set; } = [];

    public void OnGet()
    {
        // Reached directly or re-executed for an unknown address: either way it is a 404.
        Response.StatusCode = StatusCodes.Status404NotFound;
        Pages = store.Current.AllPages.ToList();
    }
}
