using NightLegCramps.Content.Checking;
using NightLegCramps.Content.Topics;

namespace NightLegCramps.Web.Pages.Editor;

/// <summary>One content file as an editor sees it: the page it gives, whether readers see it, and what to fix.</summary>
internal sealed record FileStatus(string File, Topic? Page, string Status, bool IsLive, IReadOnlyList<ContentFinding> Findings)
{
    public int Errors => Findings.Count(f => f.IsError);

    public int Warnings => Findings.Count - Errors;

    /// <summary>An id for the file's list of problems further down the page.</summary>
    public string ProblemsId => "problems-" + string.Concat(File.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-'));

    public static FileStatus Of(ContentFile file, SiteContent content, DateOnly today)
    {
        var live = file.Served is { } page && content.Find(page.Slug)?.SourceFile == file.File;
        var status = (file.Served, file.ServingLastGood, live) switch
        {
            (null, _, _) => "Left out: it has never loaded. Fix the errors.",
            (_, true, true) => "Broken: readers see the last good version. Fix the errors.",
            (_, _, true) => "Live",
            (_, true, false) => "Broken and left out. Fix the errors.",
            _ when file.Served.IsDraft => "Draft: hidden on the live site",
            _ => "Left out: fix the errors.",
        };
        return new FileStatus(file.File, file.Served, status, live, file.FindingsOn(today));
    }
}
