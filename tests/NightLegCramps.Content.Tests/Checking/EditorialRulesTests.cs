using System.Text.RegularExpressions;
using NightLegCramps.Content.Checking;
using NightLegCramps.Content.Loading;
using NightLegCramps.Content.Tests.Testing;

namespace NightLegCramps.Content.Tests.Checking;

/// <summary>
/// The editors' rules files (<c>_rules.yml</c>): the site's own rules on pages that break each one, then the
/// rules language itself on small folders written here.
/// </summary>
public partial class EditorialRulesTests
{
    private static readonly string BrokenRules =
        ContentFolder.Resolve("tests/NightLegCramps.Content.Tests/BrokenRules", AppContext.BaseDirectory);

    [GeneratedRegex(@"\(rule '(?<name>[^']+)', ")]
    private static partial Regex RuleName();

    [Fact]
    public void The_site_rules_catch_each_page_that_breaks_one()
    {
        using var folder = new TempFolder();
        foreach (var page in Directory.EnumerateFiles(BrokenRules, "*.md")) File.Copy(page, folder.PathOf(Path.GetFileName(page)));
        File.Copy(Path.Combine(SiteFactory.FixtureContent, EditorialRuleFile.FileName), folder.PathOf(EditorialRuleFile.FileName));

        var report = ContentChecker.Run(folder.Path, new ContentSettings(), FixedClock.Today);

        var expected = File.ReadAllLines(Path.Combine(BrokenRules, "expected-findings.txt")).Where(l => l.Length > 0 && !l.StartsWith('#'));
        Assert.Equal(expected, report.Findings.Select(f => $"{f.File}:{f.Line}: {(f.IsError ? "error" : "warning")}: {RuleName().Match(f.Message).Groups["name"].Value}"));
        Assert.Equal(1, report.ExitCode);
    }

    [Fact]
    public void A_finding_quotes_what_the_page_says_and_why_the_rule_exists()
    {
        using var folder = Folder(
            """
            rules:
              - name: no-single-cramp
                why: Write about the cramping.
                lookIn: urgent
                mustNotSay: the cramp ... will not stop
            """,
            ("page.md", ":::urgent\n**Get help if:**\n\n- the cramp is bad and will not stop\n:::\n"));

        var finding = Assert.Single(Check(folder));

        Assert.Equal("page.md:13: error: the page says \"the cramp is bad and will not stop\" in its ':::urgent' box, which it must not ('the cramp ... will not stop') (rule 'no-single-cramp', _rules.yml:2). Write about the cramping.", finding.ToString());
    }

    [Theory]
    [InlineData("the cramp ... will not stop", "The cramp is very bad and will not stop.", true)]
    [InlineData("the cramp ... will not stop", "The cramp will not stop.", true)]
    [InlineData("the cramp ... will not stop", "The cramp is bad. It will not stop.", false)] // not across sentences
    [InlineData("the cramp ... will not stop", "The cramping is very bad and will not stop.", false)] // whole words
    [InlineData("diuretic*", "Diuretics (water pills)", true)]
    [InlineData("diuretic", "Diuretics (water pills)", false)]
    [InlineData("estrogen*", "ESTROGENS", true)]
    [InlineData("won't stop", "it won\u2019t stop", true)] // a typographic apostrophe is an apostrophe
    [InlineData("médico o farmacéutico", "hable con su medico o farmaceutico", true)] // accents do not matter
    [InlineData("talking to your doctor", "talking to\nyour doctor", true)] // nor line breaks
    [InlineData("see a doctor", "🛑 Stop and see a doctor", true)] // an emoji is kept, not a reason to fail
    public void A_phrase_matches_whole_words_ignoring_case_and_accents(string phrase, string text, bool found)
    {
        var pattern = PhrasePattern.Parse(phrase, out _);

        Assert.NotNull(pattern);
        Assert.Equal(found, pattern.FindIn(text) is not null);
    }

    [Fact]
    public void A_match_is_quoted_as_the_page_writes_it()
    {
        var pattern = PhrasePattern.Parse("medicinas para la presion", out _);

        Assert.Equal("Medicinas para la presión", pattern!.FindIn("- Medicinas para la presión arterial"));
    }

    [Fact]
    public void LookIn_reads_only_that_box_and_skips_pages_without_one()
    {
        using var folder = Folder(
            """
            rules:
              - name: no-single-cramp
                lookIn: urgent
                mustNotSay: the cramp ... will not stop
            """,
            ("outside.md", "If the cramp will not stop, see the box.\n\n:::urgent\n**Get help if:**\n\n- the cramping is bad\n:::\n"),
            ("no-box.md", "The cramp will not stop.\n"));

        Assert.Empty(Check(folder));
    }

    [Fact]
    public void WhenSays_limits_a_rule_to_pages_that_say_one_of_its_phrases()
    {
        using var folder = Folder(
            """
            rules:
              - name: medicines-line
                whenSays: [naproxen, diuretic*]
                mustSay: do not stop or change a medicine
            """,
            ("lists.md", "Some medicines:\n\n- naproxen\n"),
            ("keeps-line.md", "Diuretics may play a part. Do not stop or change a medicine on your own.\n"),
            ("other.md", "Stretch before bed.\n"));

        var finding = Assert.Single(Check(folder));

        Assert.Equal("lists.md:12: error", $"{finding.File}:{finding.Line}: error");
        Assert.Contains("must say \"do not stop or change a medicine\" because it says \"naproxen\"", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MustLinkTo_counts_a_link_to_any_section_of_the_page_and_names_the_pages()
    {
        using var folder = Folder(
            """
            rules:
              - name: points-to-doctor
                pages: [section-link, no-link]
                mustLinkTo: /doctor
                severity: warning
            """,
            ("doctor.md", "Signs.\n\n## Urgent {#now}\n\nGet help.\n"),
            ("section-link.md", "See [the urgent signs](/doctor#now).\n"),
            ("no-link.md", "Stretch it.\n"),
            ("not-named.md", "Stretch it.\n"));

        var finding = Assert.Single(Check(folder));

        Assert.Equal("no-link.md:10: warning", $"{finding.File}:{finding.Line}: {(finding.IsError ? "error" : "warning")}");
        Assert.StartsWith("the page must link to /doctor (rule 'points-to-doctor'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rules_file_governs_the_pages_in_its_own_folder_only()
    {
        using var folder = Folder(
            """
            rules:
              - name: english-line
                mustSay: ask your pharmacist
            """,
            ("en.md", "Stretch it.\n"));
        folder.Write("es/_rules.yml", "rules:\n  - name: spanish-line\n    mustSay: consulte a un médico\n");
        folder.Write("es/pagina.md", SamplePage.Markdown(SamplePage.FrontMatter("pagina") + "translationOf: en\n", "Consulte a un medico.\n"));

        var findings = Check(folder);

        var finding = Assert.Single(findings);
        Assert.Equal("en.md", finding.File);
        Assert.Contains("'english-line'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Mistakes_in_a_rules_file_are_reported_on_their_line_and_the_good_rules_still_apply()
    {
        using var folder = Folder(
            """
            rules:
              - name: typo
                mustSey: hello
              - name: wrong-box
                lookIn: urgnet
                mustSay: help
              - name: checks-nothing
                why: forgot the check
              - name: missing-page
                pages: [hme]
                mustLinkTo: /page
              - name: still-works
                mustSay: hello
            """,
            ("page.md", "Stretch it.\n"));

        var findings = Check(folder).Select(f => $"{f.File}:{f.Line}: {f.Message}").ToList();

        Assert.Collection(findings,
            f => Assert.StartsWith("_rules.yml:2: rule 'typo' checks nothing", f, StringComparison.Ordinal),
            f => Assert.StartsWith("_rules.yml:3: unknown rule key 'mustSey'. Known keys: name, why, pages", f, StringComparison.Ordinal),
            f => Assert.StartsWith("_rules.yml:5: lookIn 'urgnet' is not a part of a page. Use 'page' or a box: urgent", f, StringComparison.Ordinal),
            f => Assert.StartsWith("_rules.yml:7: rule 'checks-nothing' checks nothing", f, StringComparison.Ordinal),
            f => Assert.Equal("_rules.yml:9: rule 'missing-page' names page 'hme', but no page beside this rules file has that slug. Slugs here: page.", f),
            f => Assert.StartsWith("page.md:10: the page must say \"hello\" (rule 'still-works', _rules.yml:12).", f, StringComparison.Ordinal));
    }

    [Fact]
    public void A_rules_file_that_is_not_valid_yaml_is_one_error_and_the_pages_still_load()
    {
        using var folder = Folder("rules:\n  - name: a\n    mustSay: [unclosed\n", ("page.md", "Stretch it.\n"));

        var report = ContentChecker.Run(folder.Path, new ContentSettings(), FixedClock.Today);

        var finding = Assert.Single(report.Findings);
        Assert.Equal("_rules.yml", finding.File);
        Assert.Contains("rules file is not valid YAML", finding.Message, StringComparison.Ordinal);
        Assert.Single(report.Content.AllPages);
    }

    /// <summary>A folder with a rules file and pages built from <see cref="SamplePage"/>, each with its file name as slug.</summary>
    private static TempFolder Folder(string rules, params (string File, string Body)[] pages)
    {
        var folder = new TempFolder();
        folder.Write(EditorialRuleFile.FileName, rules);
        foreach (var (file, body) in pages)
        {
            folder.Write(file, SamplePage.Markdown(SamplePage.FrontMatter(Path.GetFileNameWithoutExtension(file)), body));
        }
        return folder;
    }

    private static List<ContentFinding> Check(TempFolder folder) =>
        ContentChecker.Run(folder.Path, new ContentSettings(), FixedClock.Today).Findings.ToList();
}
