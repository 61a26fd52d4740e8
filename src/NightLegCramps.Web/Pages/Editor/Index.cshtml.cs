using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NightLegCramps.Content.Loading;
using NightLegCramps.Content.Topics;

namespace NightLegCramps.Web.Pages.Editor;

/// <summary>
/// The editor status page: every content file with its review dates, reading grade and problems.
/// It is for editors working on their own machine, so it exists in Development only.
/// </summary>
internal sealed class EditorStatusModel(SiteContent content, ContentStore store, IWebHostEnvironment environment) : PageModel
{
    public SiteContent Site { get; private set; } = SiteContent.Empty;

    public IReadOnlyList<FileStatus> Files { get; private set; } = [];

    public string Folder => store.Folder;

    public IActionResult OnGet()
    {
        if (!environment.IsDevelopment())
        {
            return NotFound();
        }
        Site = content;
        Files = Site.Files.Select(f => FileStatus.Of(f, Site)).ToList();
        return Page();
    }
}
