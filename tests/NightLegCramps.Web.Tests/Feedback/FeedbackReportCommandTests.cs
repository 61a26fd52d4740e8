using System.Text.RegularExpressions;
using NightLegCramps.Testing;
using static NightLegCramps.Testing.FeedbackPosts;

namespace NightLegCramps.Web.Tests.Feedback;

/// <summary>A site that has stored a few answers, shared by the report tests: the report only reads them.</summary>
public sealed class SiteWithAnswers : IAsyncLifetime
{
    public SiteFactory Site { get; } = new(SiteFactory.FixtureContent, "Production", new Dictionary<string, string?> { ["Feedback:PostsPerMinute"] = "1000" });

    public async ValueTask InitializeAsync()
    {
        using var client = Site.CreatePlainClient();
        foreach (var useful in new[] { "yes", "no", "no", "no" }) (await client.AnswerAsync("relief", useful)).Dispose();
        (await client.AnswerAsync("prevention", "yes")).Dispose();
        (await client.PostFeedbackAsync(Fields(("page", "relief"), ("lang", "en"), ("reason", "missing-something"), ("comment", "Nothing about =SUM(A1), call 07700 900123")))).Dispose();
    }

    public ValueTask DisposeAsync() => Site.DisposeAsync();
}

/// <summary>The README's <c>feedback-report</c> command, run as a separate process on answers a site stored.</summary>
public sealed partial class FeedbackReportCommandTests(SiteWithAnswers answers) : IClassFixture<SiteWithAnswers>
{
    private readonly SiteFactory _site = answers.Site;

    /// <summary>The arguments after <c>--</c> in the README's feedback-report line.</summary>
    private static string[] ReadmeArguments()
    {
        var readme = File.ReadAllText(Path.Combine(SiteProcess.Repository, "README.md"));
        var line = ReadmeLine().Match(readme);
        Assert.True(line.Success, "README.md shows no 'dotnet run --project src/NightLegCramps.Web -- feedback-report' line");
        return line.Groups["args"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public async Task The_readme_command_prints_each_pages_counts_reasons_and_latest_comment()
    {
        var (exitCode, output, errors) = await SiteProcess.RunSiteAsync([.. ReadmeArguments(), $"--Feedback:Database={_site.FeedbackFile}"]);

        Assert.True(exitCode == 0, output + errors);
        var lines = output.Split('\n');
        Assert.Matches(@"^relief +en +1 +3 +25%$", lines.Single(l => l.StartsWith("relief ", StringComparison.Ordinal)));
        Assert.Matches(@"^prevention +en +1 +0 +100%$", lines.Single(l => l.StartsWith("prevention ", StringComparison.Ordinal)));
        Assert.True(Array.FindIndex(lines, l => l.StartsWith("relief ", StringComparison.Ordinal)) < Array.FindIndex(lines, l => l.StartsWith("prevention ", StringComparison.Ordinal)), "least useful first");
        Assert.Contains("  Reasons: missing something 1", lines);
        Assert.Contains(lines, l => l.EndsWith("UTC  \"Nothing about =SUM(A1), call [removed]\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Csv_has_one_row_per_page_with_the_same_counts_and_no_formula()
    {
        var (exitCode, output, _) = await SiteProcess.RunSiteAsync(["feedback-report", "--format", "csv", "--lang", "en", $"--Feedback:Database={_site.FeedbackFile}"]);

        Assert.Equal(0, exitCode);
        Assert.Equal(
            ["page,language,yes,no,percent_useful,hard_to_understand,missing_something,looks_wrong,other,latest_comments",
             "relief,en,1,3,25,0,1,0,0,\"Nothing about =SUM(A1), call [removed]\"",
             "prevention,en,1,0,100,0,0,0,0,"],
            output.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task Another_language_or_a_later_date_has_no_answers_yet()
    {
        var (_, spanish, _) = await SiteProcess.RunSiteAsync(["feedback-report", "--lang", "es", $"--Feedback:Database={_site.FeedbackFile}"]);
        var (_, future, _) = await SiteProcess.RunSiteAsync(["feedback-report", "--since", "2999-01-01", $"--Feedback:Database={_site.FeedbackFile}"]);

        Assert.Contains("language es: 0 answers on 0 pages", spanish, StringComparison.Ordinal);
        Assert.Contains("No answers yet.", future, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--since", "yesterday", "--since needs a date like 2026-01-31")]
    [InlineData("--format", "pdf", "--format needs table or csv")]
    [InlineData("--lang", "spanish", "--lang needs a language code")]
    public async Task A_bad_argument_exits_2_with_what_to_write_instead(string option, string value, string message)
    {
        var (exitCode, _, errors) = await SiteProcess.RunSiteAsync(["feedback-report", option, value]);

        Assert.Equal(2, exitCode);
        Assert.Contains(message, errors, StringComparison.Ordinal);
        Assert.Contains("\n  feedback-report [--since YYYY-MM-DD] [--lang CODE] [--format table|csv]\n", errors, StringComparison.Ordinal); // the usage text, as --help prints it
    }

    [GeneratedRegex(@"^dotnet run --project src/NightLegCramps.Web -- (?<args>feedback-report[^\n]*)$", RegexOptions.Multiline)]
    private static partial Regex ReadmeLine();
}
