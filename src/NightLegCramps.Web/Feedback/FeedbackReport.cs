using Microsoft.EntityFrameworkCore;

namespace NightLegCramps.Web.Feedback;

/// <summary>What readers said about one page: the numbers an editor looks at during a review.</summary>
public sealed record PageFeedback(string Page, string Language, int Yes, int No, IReadOnlyDictionary<string, int> Reasons, IReadOnlyList<FeedbackComment> LatestComments)
{
    /// <summary>Yes as a whole percentage of yes and no; null before anyone answered.</summary>
    public int? PercentUseful => Yes + No == 0 ? null : (int)Math.Round(100.0 * Yes / (Yes + No), MidpointRounding.AwayFromZero);

    public int Answers => Yes + No;
}

public sealed record FeedbackComment(DateTime Hour, string Text);

/// <summary>
/// Counts answers per page, for the <c>feedback-report</c> command and the editor page. Both show the same
/// numbers because both call this.
/// </summary>
public static class FeedbackReport
{
    public const int CommentsPerPage = 5;

    /// <summary>Pages with the least useful first (the ones to look at), then by language and slug.</summary>
    public static async Task<IReadOnlyList<PageFeedback>> ReadAsync(FeedbackDb db, DateTime? since = null, string? language = null, CancellationToken cancellationToken = default)
    {
        var rows = db.Entries.AsNoTracking();
        if (since is { } from) rows = rows.Where(e => e.Hour >= from);
        if (language is not null) rows = rows.Where(e => e.Language == language);

        var counts = await rows.GroupBy(e => new { e.Language, e.Page, e.Useful })
            .Select(g => new { g.Key.Language, g.Key.Page, g.Key.Useful, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var reasons = await rows.Where(e => e.Reasons != null)
            .Select(e => new { e.Language, e.Page, e.Reasons })
            .ToListAsync(cancellationToken);

        var pages = new List<PageFeedback>();
        foreach (var page in counts.Select(c => (c.Language, c.Page)).Distinct())
        {
            var ticked = FeedbackReasons.All.ToDictionary(r => r, r => reasons
                .Where(x => x.Language == page.Language && x.Page == page.Page)
                .Count(x => FeedbackReasons.Split(x.Reasons).Contains(r)));
            var comments = await rows.Where(e => e.Language == page.Language && e.Page == page.Page && e.Comment != null)
                .OrderByDescending(e => e.Hour).ThenByDescending(e => e.Id)
                .Take(CommentsPerPage)
                .Select(e => new FeedbackComment(e.Hour, e.Comment!))
                .ToListAsync(cancellationToken);
            int Count(bool? useful) => counts.Where(c => c.Language == page.Language && c.Page == page.Page && c.Useful == useful).Sum(c => c.Count);
            pages.Add(new PageFeedback(page.Page, page.Language, Count(true), Count(false), ticked, comments));
        }
        return [.. pages.OrderBy(p => p.PercentUseful ?? 101).ThenBy(p => p.Language, StringComparer.Ordinal).ThenBy(p => p.Page, StringComparer.Ordinal)];
    }
}
