using NightLegCramps.Content.Checking;
using NightLegCramps.Content.Loading;
using NightLegCramps.Content.Tests.Testing;

namespace NightLegCramps.Content.Tests.TypoCorpus;

/// <summary>
/// The typos editors make, from typos.txt: each must give exactly the findings written under it, with the file,
/// the line the editor wrote and the severity, and none may be blamed on "a fault in the site itself".
/// </summary>
public sealed class TypoCorpusTests
{
    private const string GoodPage = "---\ntitle: Good page\nsummary: The page the typos link to.\nslug: good\norder: 2\nlastReviewed: 2026-01-10\nnextReview: 2027-01-10\n---\n\n## Stretch {#stretch}\n\nA stretch can help.\n\n:::notice\nThis is not advice for you. See a doctor.\n:::\n";

    private static readonly string Corpus =
        Path.Combine(ContentFolder.Resolve("tests/NightLegCramps.Content.Tests/TypoCorpus", AppContext.BaseDirectory), "typos.txt");

    private sealed record Typo(string Name, IReadOnlyList<string> Expected, string File);

    private static List<Typo> Read()
    {
        var typos = new List<Typo>();
        string? name = null;
        var expected = new List<string>();
        var lines = new List<string>();
        void Finish()
        {
            if (name is not null) typos.Add(new Typo(name, expected, string.Join('\n', lines).TrimEnd('\n') + "\n"));
        }
        foreach (var line in File.ReadAllLines(Corpus))
        {
            if (line.StartsWith("=== ", StringComparison.Ordinal))
            {
                Finish();
                (name, expected, lines) = (line[4..], [], []);
            }
            else if (name is null)
            {
                continue; // the comments at the top
            }
            else if (line.StartsWith("expect: ", StringComparison.Ordinal) && lines.Count == 0)
            {
                expected.Add(line[8..]);
            }
            else
            {
                lines.Add(line);
            }
        }
        Finish();
        return typos;
    }

    public static TheoryData<string> Names() => [.. Read().Select(t => t.Name)];

    [Fact]
    public void The_corpus_holds_at_least_30_typos_each_with_its_findings()
    {
        var typos = Read();

        Assert.True(typos.Count >= 30, $"{typos.Count} typos");
        Assert.All(typos, t => Assert.NotEmpty(t.Expected));
        Assert.Equal(typos.Count, typos.Select(t => t.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_typo_gives_its_findings_with_file_line_and_severity(string name)
    {
        var typo = Read().Single(t => t.Name == name);
        using var folder = new TempFolder();
        folder.Write("good.md", GoodPage);
        folder.Write("sample.md", typo.File);

        var report = ContentChecker.Run(folder.Path, new ContentSettings(), FixedClock.Today, TestSite.Reserved);

        var found = report.Findings.Where(f => f.File == "sample.md").Select(f => $"{f.Line}: {(f.IsError ? "error" : "warning")}: {f.Message}").ToList();
        var shown = string.Join("\n", found);
        Assert.DoesNotContain("fault in the site itself", shown, StringComparison.Ordinal);
        Assert.True(found.Count == typo.Expected.Count, $"expected {typo.Expected.Count} findings, got:\n{shown}");
        foreach (var (expected, actual) in typo.Expected.Zip(found))
        {
            Assert.True(actual.StartsWith(expected, StringComparison.Ordinal), $"expected '{expected}', got:\n{shown}");
        }
        Assert.DoesNotContain(report.Findings, f => f.File != "sample.md"); // the typo is reported where it is, nowhere else
    }
}
