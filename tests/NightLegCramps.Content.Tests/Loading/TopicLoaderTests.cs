using NightLegCramps.Content.Loading;
using NightLegCramps.Content.Tests.Testing;

namespace NightLegCramps.Content.Tests.Loading;

/// <summary>Files that cannot become a page: each gives no topic and one error that says where and what to do.</summary>
public sealed class TopicLoaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Theory]
    [MemberData(nameof(BrokenEdits.Kinds), MemberType = typeof(BrokenEdits))]
    public void A_broken_file_gives_no_page_and_one_error_naming_its_line(string kind)
    {
        var file = kind.StartsWith("conditions", StringComparison.Ordinal) ? BrokenEdits.ConditionsFile : "sample.md";
        var line = BrokenEdits.Apply(kind, _folder, file);

        var loaded = new TopicLoader(BrokenEdits.Settings).Load(_folder.PathOf(file), file);

        Assert.Null(loaded.Topic);
        var error = Assert.Single(loaded.Errors());
        Assert.Equal($"{file}:{line}", $"{error.File}:{error.Line}");
    }

    [Fact]
    public void The_good_versions_used_by_the_broken_edit_tests_load()
    {
        _folder.Write("sample.md", SamplePage.Markdown());
        _folder.Write(BrokenEdits.ConditionsFile, BrokenEdits.ConditionsPage());
        var loader = new TopicLoader(BrokenEdits.Settings);

        Assert.Empty(loader.Load(_folder.PathOf("sample.md"), "sample.md").Findings);
        var conditions = loader.Load(_folder.PathOf(BrokenEdits.ConditionsFile), BrokenEdits.ConditionsFile);
        Assert.Empty(conditions.Findings);
        Assert.Equal(2, conditions.Topic?.Conditions?.Categories.Single().Conditions.Count);
    }

    [Fact]
    public void A_binary_file_is_refused()
    {
        _folder.WriteBytes("picture.md", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]);

        var loaded = new TopicLoader(new ContentSettings()).Load(_folder.PathOf("picture.md"), "picture.md");

        Assert.Null(loaded.Topic);
        Assert.Contains("binary", Assert.Single(loaded.Errors()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        _folder.Write("empty.md", "\n\n");

        var loaded = new TopicLoader(new ContentSettings()).Load(_folder.PathOf("empty.md"), "empty.md");

        Assert.Null(loaded.Topic);
        Assert.Contains("empty", Assert.Single(loaded.Errors()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_nested_past_the_limit_are_refused_at_the_line_that_goes_too_deep()
    {
        var list = string.Concat(Enumerable.Range(0, 5).Select(depth => new string(' ', depth * 2) + "- item\n"));

        var loaded = SamplePage.Load(SamplePage.Markdown(body: list), new ContentSettings { MaxNestingDepth = 3 });

        Assert.Null(loaded.Topic);
        Assert.Equal(13, Assert.Single(loaded.Errors()).Line);
    }

    public void Dispose() => _folder.Dispose();
}
