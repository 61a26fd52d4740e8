using Microsoft.Extensions.Primitives;
using NightLegCramps.Content.Topics;

namespace NightLegCramps.Web.Feedback;

/// <summary>
/// The fields the feedback forms send, read strictly: a field the forms do not have, a page the site does not
/// serve or a value outside the choices is refused (400) and nothing is stored.
/// </summary>
internal static class FeedbackForm
{
    public const string Page = "page";
    public const string Language = "lang";
    public const string Useful = "useful";
    public const string Reason = "reason";
    public const string Comment = "comment";

    /// <summary>
    /// The honeypot: a text box people never see (hidden by the stylesheet, skipped by screen readers and the
    /// keyboard) but form-filling bots do. An answer with it filled in is thanked and thrown away.
    /// </summary>
    public const string Trap = "website";

    private static readonly HashSet<string> Known = [Page, Language, Useful, Reason, Comment, Trap];

    /// <summary>The page an answer is about: one the site serves now, in the language the form said.</summary>
    internal static Topic? FindPage(SiteContent content, string language, string slug) =>
        content.Languages.Codes.Contains(language, StringComparer.Ordinal) ? content.Edition(language).Find(slug) : null;

    public static FeedbackAnswer Read(IFormCollection form, SiteContent content, DateTime hour)
    {
        if (form.Keys.FirstOrDefault(k => !Known.Contains(k)) is { } unknown) return FeedbackAnswer.Refused($"unknown field '{unknown}'");
        if (form.Keys.FirstOrDefault(k => k != Reason && form[k].Count > 1) is { } twice) return FeedbackAnswer.Refused($"'{twice}' sent twice");

        var language = Single(form, Language) ?? "";
        var slug = Single(form, Page) ?? "";
        if (FindPage(content, language, slug) is not { } page) return FeedbackAnswer.Refused("no such page");

        var entry = new FeedbackEntry { Page = page.Slug, Language = language, Hour = hour };
        var useful = Single(form, Useful);
        var reasons = form[Reason];
        var comment = Single(form, Comment)?.Trim();
        if (useful is not null)
        {
            // The first step: only yes or no.
            if (reasons.Count > 0 || comment is not null) return FeedbackAnswer.Refused("the first step has no reasons or comment");
            entry.Useful = useful switch { "yes" => true, "no" => false, _ => null };
            if (entry.Useful is null) return FeedbackAnswer.Refused("useful must be yes or no");
        }
        else
        {
            // The second step: reasons and a comment, each optional.
            if (reasons.Any(r => r is null || !FeedbackReasons.All.Contains(r))) return FeedbackAnswer.Refused("unknown reason");
            if (comment?.Length > FeedbackSettings.MaxCommentLength) return FeedbackAnswer.TooLong(page);
            entry.Reasons = reasons.Count == 0 ? null : string.Join(',', FeedbackReasons.All.Where(reasons.Contains));
            entry.Comment = string.IsNullOrEmpty(comment) ? null : CommentScrubber.Scrub(comment);
        }
        var isTrap = !string.IsNullOrEmpty(Single(form, Trap));
        return new FeedbackAnswer(entry, page, isTrap, Problem: null);
    }

    private static string? Single(IFormCollection form, string key) =>
        form.TryGetValue(key, out StringValues values) ? values.ToString() : null;
}

/// <summary>One post, read: what to store, the page to go back to, or why it was refused.</summary>
internal sealed record FeedbackAnswer(FeedbackEntry? Entry, Topic? Page, bool IsTrap, string? Problem, bool IsTooLong = false)
{
    /// <summary>A second step with neither a reason nor a comment: thanked, nothing to store.</summary>
    public bool IsEmpty => Entry is { Useful: null, Reasons: null, Comment: null };

    public static FeedbackAnswer Refused(string problem) => new(null, null, false, problem);

    public static FeedbackAnswer TooLong(Topic page) => new(null, page, false, "comment too long", IsTooLong: true);
}
