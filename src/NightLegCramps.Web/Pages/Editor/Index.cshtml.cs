using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NightLegCramps.Content.Loading;
using NightLegCramps.Content.Topics;
using NightLegCramps.Web.Feedback;

namespace NightLegCramps.Web.Pages.Editor;

/// <summary>
/// The editor status page: every content file with its review dates, reading grade and problems.
/// It is for editors working on their own machine, so it exists in Development only.
/// </summary>
internal sealed class EditorStatusModel(SiteContent content, ContentStore store, IWebHostEnvironment environment, FeedbackStore feedback, TimeProvider clock) : PageModel
{
    private Dictionary<(string Language, string Slug), PageFeedback> _feedback = [];

    public SiteContent Site { get; private set; } = SiteContent.Empty;

    public IReadOnlyList<FileStatus> Files { get; private set; } = [];

    public string Folder => store.Folder;

    /// <summary>Pages readers answered "Is this page useful?" about, least useful first (the same as feedback-report).</summary>
    public IReadOnlyList<PageFeedback> Answered { get; private set; } = [];

    /// <summary>Why the answers could not be read, or null.</summary>
    public string? FeedbackProblem { get; private set; }

    public PageFeedback? FeedbackFor(Topic topic) => _feedback.GetValueOrDefault((topic.Language, topic.Slug));

    public async Task<IActionResult> OnGetAsync()
    {
        if (!environment.IsDevelopment())
        {
            return NotFound();
        }
        // Readers' answers change without an edit: never keep this page in the page cache.
        Response.Headers.CacheControl = "no-store";
        Site = content;
        Files = Site.Files.Select(f => FileStatus.Of(f, Site, DateOnly.FromDateTime(clock.GetLocalNow().Date))).ToList();
        var report = await feedback.ReportAsync(HttpContext.RequestAborted);
        FeedbackProblem = report is null ? feedback.Problem : null;
        Answered = report ?? [];
        _feedback = Answered.ToDictionary(p => (p.Language, p.Page));
        return Page();
    }
}
