using Microsoft.AspNetCore.Mvc.RazorPages;
using NightLegCramps.Content.Loading;
using NightLegCramps.Content.Topics;
using NightLegCramps.Web.Caching;
using NightLegCramps.Web.Handout;

namespace NightLegCramps.Web.Pages.Handout;

/// <summary>The handout builder: pick topics with the form, then print them as one page.</summary>
[ChangesWithQuery(HandoutRequest.TopicsParameter)]
public sealed class HandoutModel(ContentStore store) : PageModel
{
    public HandoutRequest Selection { get; private set; } = new([], []);

    /// <summary>Every topic a clinician can pick, in reading order.</summary>
    public IReadOnlyList<Topic> Choices { get; private set; } = [];

    public void OnGet()
    {
        var content = store.Current;
        Choices = content.Topics;
        Selection = HandoutRequest.Read(HttpContext.Request.Query[HandoutRequest.TopicsParameter], content);
    }
}
