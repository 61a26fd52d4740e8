using NightLegCramps.Content.Tests.Testing;

namespace NightLegCramps.Content.Tests.FrontMatter;

/// <summary>The front matter schema: what an editor is told, on which line, and whether the page still updates.</summary>
public class FrontMatterReaderTests
{
    [Fact]
    public void A_complete_page_loads_with_no_findings()
    {
        var loaded = SamplePage.Load(SamplePage.Markdown());

        Assert.NotNull(loaded.Topic);
        Assert.Empty(loaded.Findings);
        Assert.Equal("sample", loaded.Topic.Slug);
        Assert.Equal(new DateOnly(2027, 1, 10), loaded.Topic.Review.NextReview);
        Assert.False(loaded.Topic.IsDraft);
    }

    [Theory]
    [InlineData("title: Sample page")]
    [InlineData("summary: A page for tests.")]
    [InlineData("slug: sample")]
    [InlineData("order: 1")]
    [InlineData("lastReviewed: 2026-01-10")]
    [InlineData("nextReview: 2027-01-10")]
    public void A_missing_required_field_is_an_error_and_gives_no_page(string line)
    {
        var key = line.Split(':')[0];

        var loaded = SamplePage.Load(SamplePage.Markdown(SamplePage.FrontMatterWith(line, "")));

        Assert.Null(loaded.Topic);
        var error = Assert.Single(loaded.Errors());
        Assert.Equal(2, error.Line);
        Assert.Contains($"missing '{key}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_missing_fields_are_one_error_naming_them_all()
    {
        var loaded = SamplePage.Load("---\ntitle: Only a title\n---\n\nText.\n\n" + SamplePage.Notice);

        var error = Assert.Single(loaded.Errors());
        Assert.StartsWith("front matter is missing 'summary', 'slug', 'order', 'lastReviewed' and 'nextReview'.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_yaml_names_the_line_and_says_what_to_do()
    {
        var front = SamplePage.FrontMatterWith("summary: A page for tests.", "summary: Cramps: what they are\n");

        var loaded = SamplePage.Load(SamplePage.Markdown(front));

        Assert.Null(loaded.Topic);
        var error = Assert.Single(loaded.Errors());
        Assert.Equal(3, error.Line);
        Assert.Contains("not valid YAML", error.Message, StringComparison.Ordinal);
        Assert.Contains("double quotes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_key_is_a_warning_on_its_line_and_the_page_still_loads()
    {
        var loaded = SamplePage.Load(SamplePage.Markdown(SamplePage.FrontMatter() + "author: Sam\n"));

        Assert.NotNull(loaded.Topic);
        Assert.Empty(loaded.Errors());
        var warning = Assert.Single(loaded.Warnings());
        Assert.Equal(8, warning.Line);
        Assert.Contains("unknown front matter key 'author'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_in_the_wrong_case_is_named_with_the_right_spelling()
    {
        var front = SamplePage.FrontMatterWith("nextReview: 2027-01-10", "nextreview: 2027-01-10\n");

        var loaded = SamplePage.Load(SamplePage.Markdown(front));

        Assert.Null(loaded.Topic);
        Assert.Contains(loaded.Warnings(), w => w.Line == 7 && w.Message.Contains("write 'nextReview'", StringComparison.Ordinal));
        Assert.Contains(loaded.Errors(), e => e.Message.Contains("missing 'nextReview'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_key_given_twice_is_an_error()
    {
        var loaded = SamplePage.Load(SamplePage.Markdown(SamplePage.FrontMatter() + "order: 2\n"));

        Assert.Null(loaded.Topic);
        Assert.Contains(loaded.Errors(), e => e.Line == 8);
    }

    [Theory]
    [InlineData("order: 1", "order: first", 5, "whole number")]
    [InlineData("lastReviewed: 2026-01-10", "lastReviewed: 10/01/2026", 6, "YYYY-MM-DD")]
    [InlineData("nextReview: 2027-01-10", "nextReview: 2027-02-30", 7, "YYYY-MM-DD")]
    [InlineData("slug: sample", "slug: Sample Page", 4, "lowercase letters")]
    [InlineData("title: Sample page", "title:", 2, "is empty")]
    [InlineData("summary: A page for tests.", "summary:\n  - one\n  - two", 3, "single value")]
    public void A_value_of_the_wrong_kind_is_an_error_on_its_line(string line, string replacement, int errorLine, string advice)
    {
        var loaded = SamplePage.Load(SamplePage.Markdown(SamplePage.FrontMatterWith(line, replacement + "\n")));

        Assert.Null(loaded.Topic);
        var error = Assert.Single(loaded.Errors());
        Assert.Equal(errorLine, error.Line);
        Assert.Contains(advice, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_true_marks_the_page_as_a_draft()
    {
        var loaded = SamplePage.Load(SamplePage.Markdown(SamplePage.FrontMatter() + "draft: true\n"));

        Assert.True(loaded.Topic?.IsDraft);
    }

    [Fact]
    public void A_draft_flag_that_is_not_true_or_false_keeps_the_page_from_going_live()
    {
        // Treating 'draft: yes' as "not a draft" would publish a page its editor meant to hold back.
        var loaded = SamplePage.Load(SamplePage.Markdown(SamplePage.FrontMatter() + "draft: yes please\n"));

        Assert.Null(loaded.Topic);
        Assert.Contains(loaded.Errors(), e => e.Line == 8 && e.Message.Contains("true or false", StringComparison.Ordinal));
    }

    [Fact]
    public void Aliases_are_read_as_old_addresses_with_their_lines()
    {
        var loaded = SamplePage.Load(SamplePage.Markdown(SamplePage.FrontMatter() + "aliases:\n  - /old-name\n  - /older-name/\n"));

        Assert.NotNull(loaded.Topic);
        Assert.Equal(["/old-name", "/older-name"], loaded.Topic.Aliases);
        Assert.Equal(9, loaded.Topic.Lines.OfAlias("/old-name"));
        Assert.Equal(10, loaded.Topic.Lines.OfAlias("/older-name"));
    }

    [Theory]
    [InlineData("aliases: /old-name", 8, "must be a list")]
    [InlineData("aliases:\n  - old-name", 9, "starting with '/'")]
    [InlineData("aliases:\n  - https://example.org/old", 9, "starting with '/'")]
    [InlineData("aliases:\n  - //example.org/old", 9, "starting with '/'")]
    public void A_bad_alias_is_an_error_on_its_line(string aliases, int errorLine, string advice)
    {
        var loaded = SamplePage.Load(SamplePage.Markdown(SamplePage.FrontMatter() + aliases + "\n"));

        Assert.Null(loaded.Topic);
        var error = Assert.Single(loaded.Errors());
        Assert.Equal(errorLine, error.Line);
        Assert.Contains(advice, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_alias_listed_twice_is_a_warning()
    {
        var loaded = SamplePage.Load(SamplePage.Markdown(SamplePage.FrontMatter() + "aliases:\n  - /old\n  - /old\n"));

        Assert.Equal(["/old"], loaded.Topic?.Aliases);
        Assert.Contains(loaded.Warnings(), w => w.Line == 10);
    }

    [Fact]
    public void An_unknown_layout_is_an_error()
    {
        var loaded = SamplePage.Load(SamplePage.Markdown(SamplePage.FrontMatter() + "layout: gallery\n"));

        Assert.Null(loaded.Topic);
        Assert.Contains(loaded.Errors(), e => e.Line == 8 && e.Message.Contains("Known layouts: conditions", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_without_front_matter_is_an_error_on_line_1()
    {
        var loaded = SamplePage.Load("Just some text.\n\n" + SamplePage.Notice);

        Assert.Null(loaded.Topic);
        var error = Assert.Single(loaded.Errors());
        Assert.Equal(1, error.Line);
        Assert.Contains("no front matter", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReviewedBy_names_the_reviewer_and_their_role()
    {
        var loaded = SamplePage.Load(SamplePage.Markdown(SamplePage.FrontMatter() + "reviewedBy: { name: Dr Ana Diaz, role: Nurse }\n"));

        Assert.Empty(loaded.Findings);
        Assert.Equal(("Dr Ana Diaz", "Nurse"), (loaded.Topic!.ReviewedBy!.Name, loaded.Topic.ReviewedBy.Role));
        Assert.Null(SamplePage.Load(SamplePage.Markdown()).Topic!.ReviewedBy);
    }

    [Theory]
    [InlineData("reviewedBy: Dr Ana Diaz")]
    [InlineData("reviewedBy: { name: Dr Ana Diaz }")]
    [InlineData("reviewedBy: { name: Dr Ana Diaz, role: Nurse, phone: 123 }")]
    public void ReviewedBy_without_exactly_a_name_and_a_role_is_an_error_on_its_line(string line)
    {
        var loaded = SamplePage.Load(SamplePage.Markdown(SamplePage.FrontMatter() + line + "\n"));

        var error = Assert.Single(loaded.Errors());
        Assert.Equal(8, error.Line);
        Assert.Contains("reviewedBy needs a name and a role", error.Message, StringComparison.Ordinal);
    }
}
