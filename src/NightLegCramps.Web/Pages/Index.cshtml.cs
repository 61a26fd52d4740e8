using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NightLegCramps.Content.Loading;
using NightLegCramps.Content.Topics;

namespace NightLegCramps.Web.Pages;

public sealed class IndexModel(ContentStore store) : PageModel
{
    public Topic Home { get; private set; } = null!;
    public IReadOnlyList<Topic> Topics { get; private set; } = [];

    public IActionResult OnGet()
    {
        var content = store.Current;
        if (content.Home is null)
        {
            return NotFound(); // the 404 page still lists every topic
        }
        Home = content.Home;
        Topics = content.Topics;
        return Page();
    }
}
