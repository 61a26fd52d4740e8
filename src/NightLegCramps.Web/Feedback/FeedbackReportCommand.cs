using System.Globalization;
using System.Text;
using NightLegCramps.Content;

namespace NightLegCramps.Web.Feedback;

/// <summary>
/// <c>feedback-report [--since DATE] [--lang es] [--format table|csv]</c>: per page, yes and no counts,
/// % useful, the reasons ticked and the latest comments. Other arguments are settings, as for the site
/// (<c>--Feedback:Database=...</c>).
/// </summary>
public static class FeedbackReportCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        DateTime? since = null;
        string? language = null;
        var format = "table";
        var settings = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            string? Value() => i + 1 < args.Length ? args[++i] : null;
            switch (args[i])
            {
                case "--since":
                    if (!DateOnly.TryParseExact(Value(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return Fail("--since needs a date like 2026-01-31");
                    since = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
                    break;
                case "--lang":
                    language = Value();
                    if (language is not { Length: 2 or 3 } || !language.All(char.IsAsciiLetterLower)) return Fail("--lang needs a language code, like en or es");
                    break;
                case "--format":
                    format = Value() ?? "";
                    if (format is not ("table" or "csv")) return Fail("--format needs table or csv");
                    break;
                default:
                    if (!args[i].StartsWith("--", StringComparison.Ordinal) || args[i].Length < 3) return Fail($"unknown argument '{args[i]}'");
                    settings.Add(args[i]);
                    break;
            }
        }

        using var store = FeedbackCommandHost.Open([.. settings]);
        try
        {
            using var db = store.Database.Open();
            var pages = await FeedbackReport.ReadAsync(db, since, language);
            await Console.Out.WriteAsync(format == "csv" ? Csv(pages) : Table(pages, since, language, store.Database.Description));
            return 0;
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
        {
            Console.Error.WriteLine($"feedback-report: cannot read {store.Database.Description}: {e.GetBaseException().Message}");
            Console.Error.WriteLine("feedback-report: has the site run yet, or the migrate command?");
            return 1;
        }
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine("feedback-report: " + message);
        Console.Error.Write(Commands.SiteCommands.Usage);
        return 2;
    }

    public static string Table(IReadOnlyList<PageFeedback> pages, DateTime? since, string? language, string source)
    {
        var text = new StringBuilder();
        var answers = pages.Sum(p => p.Answers);
        text.Append(CultureInfo.InvariantCulture, $"Feedback {(since is { } s ? "since " + s.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "(all kept)")}, {(language is null ? "all languages" : "language " + language)}: ");
        text.Append(CultureInfo.InvariantCulture, $"{Counted.Of(answers, "answer")} on {Counted.Of(pages.Count, "page")}. From {source}.\n");
        if (pages.Count == 0) return text.Append("No answers yet.\n").ToString();
        text.Append('\n').Append(CultureInfo.InvariantCulture, $"{"Page",-30} {"Lang",-4} {"Yes",5} {"No",5} {"Useful",7}\n");
        foreach (var page in pages)
        {
            text.Append(CultureInfo.InvariantCulture, $"{page.Page,-30} {page.Language,-4} {page.Yes,5} {page.No,5} {Percent(page),7}\n");
            if (page.Reasons.Values.Any(n => n > 0))
            {
                text.Append("  Reasons: ").AppendJoin(", ", page.Reasons.Where(r => r.Value > 0).Select(r => $"{ReasonName(r.Key)} {r.Value}")).Append('\n');
            }
            foreach (var comment in page.LatestComments)
            {
                text.Append(CultureInfo.InvariantCulture, $"  {comment.Hour:yyyy-MM-dd HH}:00 UTC  \"{OneLine(comment.Text)}\"\n");
            }
        }
        return text.ToString();
    }

    public static string Csv(IReadOnlyList<PageFeedback> pages)
    {
        var text = new StringBuilder("page,language,yes,no,percent_useful,");
        text.AppendJoin(',', FeedbackReasons.All.Select(r => r.Replace('-', '_'))).Append(",latest_comments\n");
        foreach (var page in pages)
        {
            text.Append(CultureInfo.InvariantCulture, $"{Field(page.Page)},{page.Language},{page.Yes},{page.No},{page.PercentUseful?.ToString(CultureInfo.InvariantCulture) ?? ""},");
            text.AppendJoin(',', FeedbackReasons.All.Select(r => page.Reasons[r].ToString(CultureInfo.InvariantCulture)));
            text.Append(',').Append(Field(string.Join(" | ", page.LatestComments.Select(c => OneLine(c.Text))))).Append('\n');
        }
        return text.ToString();
    }

    private static string Percent(PageFeedback page) => page.PercentUseful is { } p ? p.ToString(CultureInfo.InvariantCulture) + "%" : "-";

    private static string ReasonName(string reason) => reason.Replace('-', ' ');

    private static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>CSV quoting, and a leading = + - @ neutralised so a spreadsheet never runs a comment as a formula.</summary>
    private static string Field(string value)
    {
        if (value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal)) value = "'" + value;
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
