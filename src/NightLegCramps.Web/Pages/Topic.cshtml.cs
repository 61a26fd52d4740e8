using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NightLegCramps.Content.Languages;
using NightLegCramps.Content.Topics;
using NightLegCramps.Web.Languages;
using NightLegCramps.Web.Caching;

namespace NightLegCramps.Web.Pages;

[OutputCache(PolicyName = CachePolicies.Topic)]
internal sealed class TopicModel(SiteContent content, SiteLanguages languages) : PageModel
{
    public Topic Topic { get; private set; } = null!;
    public Topic? Previous { get; private set; }
    public Topic? Next { get; private set; }
    public ConditionList ConditionList { get; private set; } = ConditionList.None;

    /// <summary>The conditions filter: without JavaScript the form submits it and the server filters.</summary>
    [BindProperty(SupportsGet = true, Name = ConditionList.QueryParameter)]
    public string? Query { get; set; }

    public IActionResult OnGet(string slug)
    {
        // The language comes from the address (/es/{slug}); an English slug under /es is not a Spanish page.
        var topic = content.Edition(RequestLanguage.Current(languages)).Find(slug);
        if (topic is null || topic.IsHome)
        {
            return NotFound();
        }
        Topic = topic;
        Previous = content.Previous(topic);
        Next = content.Next(topic);
        if (topic.Conditions is { } conditions)
        {
            ConditionList = ConditionList.Filter(topic.Path, conditions, Query, content);
        }
        return Page();
    }
}
