using Microsoft.AspNetCore.Mvc.RazorPages;
using NightLegCramps.Content.Languages;
using NightLegCramps.Content.Topics;
using NightLegCramps.Web.Languages;
using NightLegCramps.Web.Offline;

namespace NightLegCramps.Web.Pages;

/// <summary>The friendly page for a page not saved on this device, in the language of its address (/offline, /es/offline).</summary>
internal sealed class OfflineModel(SiteContent content, SiteLanguages languages) : PageModel
{
    public string Path { get; private set; } = OfflinePages.OfflinePath;

    /// <summary>The pages every reader keeps (home, relief, when to see a doctor), which do open offline.</summary>
    public IReadOnlyList<Topic> Saved { get; private set; } = [];

    public void OnGet()
    {
        var edition = content.Edition(RequestLanguage.Current(languages));
        Path = Request.Path.Value ?? OfflinePages.OfflinePath;
        Saved = OfflinePages.Kept(edition);
    }
}
