using NightLegCramps.Content.Checking;
using NightLegCramps.Content.Topics;
using NightLegCramps.Content.Loading;
using NightLegCramps.Content.Tests.Testing;

namespace NightLegCramps.Content.Tests.Checking;

/// <summary>The checks on one page, each with the smallest page that breaks it. Body text starts on line 10.</summary>
public class PageChecksTests
{
    [Theory]
    [InlineData("Some <b>bold</b> words.", "<b>")]
    [InlineData("<div class=\"box\">A box.</div>", "<div class=\"box\">")]
    [InlineData("A hidden <!-- note --> here.", "<!--")]
    [InlineData("<script src=\"x.js\"></script>", "<script")]
    public void Raw_html_is_an_error_on_its_line(string html, string reported)
    {
        var loaded = SamplePage.Load(SamplePage.Markdown(body: "A first line.\n" + html + "\n"));

        var error = Assert.Single(loaded.Errors());
        Assert.Equal(11, error.Line);
        Assert.Contains($"raw HTML '{reported}", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(reported, loaded.Topic?.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Use `<b>` for bold in HTML.")]
    [InlineData("If 3 < 4 and 5 > 2, that is fine.")]
    [InlineData("```\n<div>code</div>\n```")]
    public void Angle_brackets_that_are_not_html_are_fine(string body)
    {
        Assert.Empty(SamplePage.Load(SamplePage.Markdown(body: body + "\n")).Findings);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData("data:text/html,hello")]
    [InlineData("ftp://example.org/file")]
    [InlineData("file:///etc/passwd")]
    [InlineData("//example.org/page")]
    public void A_link_with_another_scheme_is_an_error_and_is_removed(string url)
    {
        var loaded = SamplePage.Load(SamplePage.Markdown(body: $"A line.\nSee [this page]({url}).\n"));

        var error = Assert.Single(loaded.Errors());
        Assert.Equal(11, error.Line);
        Assert.Contains("only http, https, mailto, tel", error.Message, StringComparison.Ordinal);
        Assert.Contains("See this page.", loaded.Topic?.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://www.nhs.uk/")]
    [InlineData("http://example.org/")]
    [InlineData("mailto:team@example.org")]
    [InlineData("tel:+441234567890")]
    [InlineData("#a-section")]
    [InlineData("other-page")]
    public void Links_with_allowed_schemes_and_relative_links_pass(string url)
    {
        var loaded = SamplePage.Load(SamplePage.Markdown(body: $"## A section\n\nSee [this]({url}).\n"));

        Assert.DoesNotContain(loaded.Findings, f => f.Message.Contains("removed", StringComparison.Ordinal));
    }

    [Fact]
    public void A_page_without_the_closing_notice_is_an_error()
    {
        var loaded = SamplePage.Load(SamplePage.Markdown(notice: false));

        var error = Assert.Single(loaded.Errors());
        Assert.Contains("closing notice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_notice_that_is_not_last_does_not_count_as_the_closing_notice()
    {
        var loaded = SamplePage.Load(SamplePage.Markdown(body: SamplePage.Notice + "\nMore text after it.\n", notice: false));

        Assert.Contains(loaded.Errors(), e => e.Message.Contains("closing notice", StringComparison.Ordinal));
    }

    [Fact]
    public void A_next_review_in_the_past_is_a_warning_on_its_line_from_the_day_after_it()
    {
        // Worked out when the page is checked or shown, not when it loaded: a site that runs for months still says so.
        var front = SamplePage.FrontMatterWith("nextReview: 2027-01-10", "nextReview: 2026-05-31\n");
        var loaded = SamplePage.Load(SamplePage.Markdown(front));
        var file = new ContentFile("sample.md", loaded.Topic, loaded.Findings);

        Assert.NotNull(loaded.Topic);
        Assert.Empty(loaded.Findings);
        Assert.Empty(file.FindingsOn(new DateOnly(2026, 5, 31)));
        var warning = Assert.Single(file.FindingsOn(new DateOnly(2026, 6, 1)));
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(7, warning.Line);
        Assert.Contains("review overdue", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_next_review_before_the_last_review_is_an_error_on_its_line()
    {
        var front = SamplePage.FrontMatterWith("nextReview: 2027-01-10", "nextReview: 2025-12-01\n");

        var loaded = SamplePage.Load(SamplePage.Markdown(front));

        var error = Assert.Single(loaded.Errors());
        Assert.Equal(7, error.Line);
        Assert.Contains("before lastReviewed", error.Message, StringComparison.Ordinal);
    }

    private const string HardProse =
        "Nocturnal musculoskeletal contractions, characteristically idiopathic, occasionally accompany pharmacological interventions, " +
        "metabolic abnormalities, and neurological degeneration, necessitating individualised evaluation.";

    [Fact]
    public void Prose_above_the_reading_grade_is_a_warning()
    {
        var loaded = SamplePage.Load(SamplePage.Markdown(body: HardProse + "\n"));

        Assert.NotNull(loaded.Topic);
        var warning = Assert.Single(loaded.Warnings());
        Assert.Contains("above the target of 8", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_reading_grade_limit_is_configurable()
    {
        var easy = SamplePage.Load(SamplePage.Markdown(), new ContentSettings { MaxReadingGrade = -10 });
        var lenient = SamplePage.Load(SamplePage.Markdown(body: HardProse + "\n"), new ContentSettings { MaxReadingGrade = 40 });

        Assert.Contains(easy.Warnings(), w => w.Message.Contains("above the target of -10", StringComparison.Ordinal));
        Assert.Empty(lenient.Findings);
    }

    [Fact]
    public void Plain_short_sentences_pass_the_reading_grade()
    {
        var loaded = SamplePage.Load(SamplePage.Markdown());

        Assert.True(loaded.Topic?.Prose.Grade <= 8);
        Assert.Empty(loaded.Findings);
    }

    [Fact]
    public void An_unknown_callout_is_a_warning()
    {
        var loaded = SamplePage.Load(SamplePage.Markdown(body: ":::warning\nCareful.\n:::\n"));

        var warning = Assert.Single(loaded.Warnings());
        Assert.Equal(10, warning.Line);
        Assert.Contains(":::urgent", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_top_level_heading_in_the_body_is_a_warning()
    {
        var loaded = SamplePage.Load(SamplePage.Markdown(body: "# Another title\n\nText.\n"));

        Assert.Equal(10, Assert.Single(loaded.Warnings()).Line);
    }
}
