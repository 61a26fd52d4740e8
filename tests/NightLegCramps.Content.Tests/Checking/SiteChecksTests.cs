using NightLegCramps.Content.Checking;
using NightLegCramps.Content.Tests.Testing;
using NightLegCramps.Content.Topics;

namespace NightLegCramps.Content.Tests.Checking;

/// <summary>The checks across pages: slugs, old addresses, links and section links. Body text starts on line 10.</summary>
public class SiteChecksTests
{
    private readonly Dictionary<string, FindingList> _findings = [];

    private static Topic Page(string file, string slug, string body = SamplePage.Body, string extraFront = "")
    {
        var loaded = SamplePage.Load(SamplePage.Markdown(SamplePage.FrontMatter(slug) + extraFront, body), file: file);
        return loaded.Topic ?? throw new InvalidOperationException(string.Join("\n", loaded.Findings));
    }

    private IReadOnlyList<Topic> Check(params Topic[] pages) =>
        SiteChecks.Run(pages, file => _findings.TryGetValue(file, out var list) ? list : _findings[file] = new FindingList(file), TestSite.Languages, TestSite.Reserved);

    private List<ContentFinding> Findings => _findings.Values.SelectMany(f => f.Items).ToList();

    private static string Where(ContentFinding finding) => $"{finding.File}:{finding.Line}: {(finding.IsError ? "error" : "warning")}";

    [Fact]
    public void Pages_that_link_to_each_other_correctly_pass()
    {
        var published = Check(
            Page("a.md", "a", "## Stretch first {#stretch}\n\nSee [page b](/b) and [below](#stretch).\n"),
            Page("b.md", "b", "Back to [a stretch](/a#stretch) or [home](/).\n"),
            Page("home.md", "home"));

        Assert.Empty(Findings);
        Assert.Equal(3, published.Count);
    }

    [Fact]
    public void A_second_page_with_the_same_slug_is_left_out_with_an_error_on_its_slug_line()
    {
        var published = Check(Page("first.md", "relief"), Page("second.md", "relief"));

        Assert.Equal("first.md", Assert.Single(published).SourceFile);
        var error = Assert.Single(Findings);
        Assert.Equal("second.md:4: error", Where(error));
        Assert.Contains("already used by first.md", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_slug_the_site_uses_for_itself_is_refused()
    {
        var published = Check(Page("editor.md", "editor"));

        Assert.Empty(published);
        Assert.Equal("editor.md:4: error", Where(Assert.Single(Findings)));
    }

    [Fact]
    public void An_alias_claimed_by_two_pages_is_an_error_on_the_second_alias_line()
    {
        var published = Check(
            Page("a.md", "a", extraFront: "aliases:\n  - /old\n"),
            Page("b.md", "b", extraFront: "aliases:\n  - /new\n  - /old\n"));

        var error = Assert.Single(Findings);
        Assert.Equal("b.md:10: error", Where(error));
        Assert.Contains("also claimed by a.md", error.Message, StringComparison.Ordinal);
        Assert.Equal(["/new"], published.Single(t => t.Slug == "b").Aliases);
    }

    [Theory]
    [InlineData("/b", "address of a live page")]
    [InlineData("/B", "address of a live page")] // addresses are matched ignoring case, so this would take /b over
    [InlineData("/b/", "address of a live page")]
    [InlineData("/editor", "the site itself uses")]
    public void An_alias_that_is_a_live_address_is_an_error(string alias, string message)
    {
        Check(Page("a.md", "a", extraFront: $"aliases:\n  - {alias}\n"), Page("b.md", "b"));

        var error = Assert.Single(Findings);
        Assert.Equal("a.md:9: error", Where(error));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[missing](/no-such-page)", "points to no page")]
    [InlineData("[missing](/no-such-page#part)", "points to no page")]
    [InlineData("[wrong section](/b#no-such-section)", "has no section '#no-such-section'")]
    [InlineData("[wrong section here](#nowhere)", "has no section '#nowhere'")]
    public void A_link_that_points_nowhere_is_an_error_on_its_line(string link, string message)
    {
        Check(Page("a.md", "a", $"A line.\nSee {link}.\n"), Page("b.md", "b", "## A real section {#real}\n\nText.\n"));

        var error = Assert.Single(Findings);
        Assert.Equal("a.md:11: error", Where(error));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_to_an_old_address_is_a_warning_naming_the_new_one()
    {
        Check(Page("a.md", "a", "See [b](/old-b).\n"), Page("b.md", "b", extraFront: "aliases:\n  - /old-b\n"));

        var warning = Assert.Single(Findings);
        Assert.Equal("a.md:10: warning", Where(warning));
        Assert.Contains("link to /b directly", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_from_a_live_page_to_a_draft_is_a_warning()
    {
        var published = Check(Page("a.md", "a", "See [the new page](/b).\n"), Page("b.md", "b", extraFront: "draft: true\n"));

        Assert.Equal(2, published.Count);
        Assert.Equal("a.md:10: warning", Where(Assert.Single(Findings)));
    }

    [Fact]
    public void Links_to_the_sites_own_addresses_pass()
    {
        Check(Page("a.md", "a", "Print the [handout](/handout/a) or read the [sitemap](/sitemap.xml).\n"));

        Assert.Empty(Findings);
    }
}
