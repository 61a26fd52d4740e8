using NightLegCramps.Content.Checking;
using NightLegCramps.Content.Loading;
using NightLegCramps.Content.Tests.Testing;

namespace NightLegCramps.Content.Tests.Checking;

/// <summary>
/// The checker over whole folders: the sample of broken files in BrokenContent/ (one mistake per file,
/// used by docs/editing.md) must give exactly the findings listed in expected-findings.txt.
/// </summary>
public class ContentCheckerTests
{
    public static string BrokenContent { get; } =
        ContentFolder.Resolve("tests/NightLegCramps.Content.Tests/BrokenContent", AppContext.BaseDirectory);

    [Fact]
    public void The_broken_sample_gives_each_expected_finding_and_fails()
    {
        var report = ContentChecker.Run(BrokenContent, new ContentSettings(), FixedClock.Today);

        var expected = File.ReadAllLines(Path.Combine(BrokenContent, "expected-findings.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'));
        Assert.Equal(expected, report.Findings.Select(f => $"{f.File}:{f.Line}: {(f.IsError ? "error" : "warning")}"));
        Assert.Equal(1, report.ExitCode);
    }

    [Fact]
    public void The_report_prints_one_line_per_finding_then_a_summary()
    {
        var report = ContentChecker.Run(BrokenContent, new ContentSettings(), FixedClock.Today);
        using var output = new StringWriter();

        report.WriteTo(output);

        var lines = output.ToString().TrimEnd().Split('\n');
        Assert.Equal(report.Findings.Count + 1, lines.Length);
        Assert.Matches(@"^[\w./-]+\.md:\d+: (error|warning): .+", lines[0]);
        Assert.Matches($@"^check-content: {report.Content.Files.Count} files, \d+ pages? published, {report.Errors} errors, {report.Warnings} warnings in ", lines[^1]);
        Assert.EndsWith($" in {BrokenContent}", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void The_summary_says_1_warning_not_1_warnings()
    {
        using var content = new TempContent();
        // One typo, above the first heading: a callout kind the site does not have is a warning, not an error.
        var relief = content.PathOf("relief.md");
        var text = File.ReadAllText(relief);
        var heading = text.IndexOf("\n## ", StringComparison.Ordinal);
        File.WriteAllText(relief, text.Insert(heading + 1, ":::urgnet\nA callout of a kind the site does not have.\n:::\n\n"));
        using var output = new StringWriter();

        ContentChecker.Run(content.Folder, new ContentSettings(), FixedClock.Today).WriteTo(output);

        var summary = output.ToString().TrimEnd().Split('\n')[^1];
        Assert.Contains(" files, ", summary, StringComparison.Ordinal);
        Assert.Contains(", 0 errors, 1 warning in ", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_that_does_not_exist_is_an_error()
    {
        var report = ContentChecker.Run(Path.Combine(Path.GetTempPath(), "no-such-folder-" + Guid.NewGuid()), new ContentSettings(), FixedClock.Today);

        Assert.Equal(1, report.ExitCode);
        Assert.Contains("does not exist", Assert.Single(report.Findings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Drafts_are_checked_too()
    {
        using var folder = new TempFolder();
        folder.Write("draft.md", SamplePage.Markdown(SamplePage.FrontMatter() + "draft: true\n", "See [nothing](/nowhere).\n"));

        var report = ContentChecker.Run(folder.Path, new ContentSettings(), FixedClock.Today);

        var finding = Assert.Single(report.Findings);
        Assert.Equal("draft.md:11: error", $"{finding.File}:{finding.Line}: {(finding.IsError ? "error" : "warning")}");
    }
}
