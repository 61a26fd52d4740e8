using Microsoft.Extensions.Primitives;
using NightLegCramps.Content.Loading;
using NightLegCramps.Content.Tests.Testing;

namespace NightLegCramps.Content.Tests.Loading;

/// <summary>The store keeps the site whole while files change: last good versions, deletions, drafts, only re-reading what changed.</summary>
public sealed class ContentStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private ContentStore Store(ContentSettings? settings = null) => new(settings ?? BrokenEdits.Settings, _folder.Path, FixedClock.Today);

    private void WriteSite()
    {
        _folder.Write("sample.md", SamplePage.Markdown(body: "The first version.\n"));
        _folder.Write("other.md", SamplePage.Markdown(SamplePage.FrontMatter("other"), "Another page. See [the sample](/sample).\n"));
        _folder.Write(BrokenEdits.ConditionsFile, BrokenEdits.ConditionsPage());
    }

    [Theory]
    [MemberData(nameof(BrokenEdits.Kinds), MemberType = typeof(BrokenEdits))]
    public void A_broken_save_keeps_serving_the_last_good_version(string kind)
    {
        WriteSite();
        using var store = Store();
        store.LoadAll();
        var file = kind.StartsWith("conditions", StringComparison.Ordinal) ? BrokenEdits.ConditionsFile : "sample.md";
        var slug = file == "sample.md" ? "sample" : "conditions";
        var before = store.Current.Find(slug);

        var line = BrokenEdits.Apply(kind, _folder, file);
        var reload = store.Refresh([file]);

        Assert.Same(before, store.Current.Find(slug));
        var error = Assert.Single(reload.Findings, f => f.IsError);
        Assert.Equal($"{file}:{line}", $"{error.File}:{error.Line}");
        var state = store.Current.Files.Single(f => f.File == file);
        Assert.True(state.ServingLastGood);
        Assert.Contains(error, state.Findings);
    }

    [Fact]
    public void Fixing_a_broken_file_publishes_the_fix()
    {
        WriteSite();
        using var store = Store();
        store.LoadAll();
        BrokenEdits.Apply("invalid YAML", _folder, "sample.md");
        store.Refresh(["sample.md"]);

        _folder.Write("sample.md", SamplePage.Markdown(body: "The fixed version.\n"));
        store.Refresh(["sample.md"]);

        Assert.Contains("The fixed version.", store.Current.Find("sample")?.Html, StringComparison.Ordinal);
        Assert.False(store.Current.Files.Single(f => f.File == "sample.md").ServingLastGood);
    }

    [Fact]
    public void A_file_that_was_never_good_is_left_out_and_the_rest_of_the_site_is_served()
    {
        WriteSite();
        BrokenEdits.Apply("missing required field", _folder, "new-page.md");
        using var store = Store();

        var reload = store.LoadAll();

        Assert.Equal(["conditions", "other", "sample"], store.Current.AllPages.Select(t => t.Slug).Order());
        var file = store.Current.Files.Single(f => f.File == "new-page.md");
        Assert.Null(file.Served);
        Assert.False(file.ServingLastGood);
        Assert.Single(reload.Findings, f => f.IsError && f.File == "new-page.md");
    }

    [Fact]
    public void Refreshing_one_file_reads_only_that_file()
    {
        WriteSite();
        using var store = Store();
        store.LoadAll();
        var other = store.Current.Find("other");
        _folder.Write("sample.md", SamplePage.Markdown(body: "The second version.\n"));

        store.Refresh(["sample.md"]);

        Assert.Contains("The second version.", store.Current.Find("sample")?.Html, StringComparison.Ordinal);
        Assert.Same(other, store.Current.Find("other"));
    }

    [Fact]
    public void A_deleted_file_leaves_the_site_and_links_to_it_are_reported_in_the_files_that_have_them()
    {
        WriteSite();
        using var store = Store();
        store.LoadAll();
        _folder.Delete("sample.md");

        var reload = store.Refresh(["sample.md"]);

        Assert.Null(store.Current.Find("sample"));
        Assert.DoesNotContain(store.Current.Files, f => f.File == "sample.md");
        var broken = Assert.Single(reload.Findings);
        Assert.Equal("other.md:10", $"{broken.File}:{broken.Line}");
        Assert.Contains("points to no page", broken.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_page_with_a_slug_already_in_use_is_reported_when_it_is_saved()
    {
        WriteSite();
        using var store = Store();
        store.LoadAll();
        _folder.Write("copy.md", SamplePage.Markdown(SamplePage.FrontMatter("other")));

        var reload = store.Refresh(["copy.md"]);

        var clash = Assert.Single(reload.Findings);
        Assert.Equal("copy.md:4", $"{clash.File}:{clash.Line}");
        Assert.Contains("already used by other.md", clash.Message, StringComparison.Ordinal);
        Assert.Equal("other.md", store.Current.Find("other")?.SourceFile);
    }

    [Fact]
    public void A_changed_folder_is_read_again_file_by_file()
    {
        WriteSite();
        using var store = Store();
        store.LoadAll();
        _folder.Write("more/extra.md", SamplePage.Markdown(SamplePage.FrontMatter("extra")));

        store.Refresh(["more"]);
        Assert.NotNull(store.Current.Find("extra"));

        Directory.Delete(_folder.PathOf("more"), recursive: true);
        store.Refresh(["more"]);
        Assert.Null(store.Current.Find("extra"));
    }

    [Fact]
    public void Reading_everything_again_keeps_the_last_good_version_of_a_broken_file()
    {
        WriteSite();
        using var store = Store();
        store.LoadAll();
        BrokenEdits.Apply("invalid YAML", _folder, "sample.md");

        store.LoadAll();

        Assert.Contains("The first version.", store.Current.Find("sample")?.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public void A_draft_is_published_only_when_drafts_are_included(bool includeDrafts, bool published)
    {
        WriteSite();
        _folder.Write("draft.md", SamplePage.Markdown(SamplePage.FrontMatter("coming-soon") + "draft: true\n"));
        using var store = Store(new ContentSettings { IncludeDrafts = includeDrafts });

        store.LoadAll();

        Assert.Equal(published, store.Current.Find("coming-soon") is not null);
        Assert.Equal(published, store.Current.AllPages.Any(t => t.Slug == "coming-soon"));
        Assert.NotNull(store.Current.Files.Single(f => f.File == "draft.md").Served);
    }

    [Fact]
    public void A_temporary_file_that_came_and_went_changes_nothing()
    {
        WriteSite();
        using var store = Store();
        store.LoadAll();
        var before = store.Current;
        var announced = false;
        using var subscription = ChangeToken.OnChange(store.GetReloadToken, () => announced = true);

        store.Refresh(["4913", ".sample.md.swp"]); // vim's test file and swap file, already deleted

        Assert.Same(before, store.Current);
        Assert.False(announced);
    }

    [Fact]
    public void Every_reload_is_announced_with_a_new_version()
    {
        WriteSite();
        using var store = Store();
        var announced = 0;
        using var subscription = ChangeToken.OnChange(store.GetReloadToken, () => announced++);

        store.LoadAll();
        _folder.Write("sample.md", SamplePage.Markdown(body: "The second version.\n"));
        store.Refresh(["sample.md"]);

        Assert.Equal(2, announced);
        Assert.Equal([1, 2], store.ReloadsSince(0).Select(r => r.Content.Version));
    }

    [Fact]
    public void Reading_the_same_bytes_again_rebuilds_nothing_and_reports_nothing()
    {
        // One save often raises several file events: only the first read may count.
        WriteSite();
        using var store = Store();
        store.LoadAll();
        BrokenEdits.Apply("invalid YAML", _folder, "sample.md");
        var first = store.Refresh(["sample.md"]);
        var reloads = 0;
        using var subscription = ChangeToken.OnChange(store.GetReloadToken, () => reloads++);

        var second = store.Refresh(["sample.md"]);

        Assert.Contains(first.Findings, f => f.IsError);
        Assert.Empty(second.Findings);
        Assert.Equal(0, reloads);
        Assert.Same(first.Content, store.Current);
    }

    private static string Page(string slug, string text) =>
        SamplePage.Markdown(SamplePage.FrontMatter(slug).Replace("title: Sample page", $"title: {text}", StringComparison.Ordinal), text);

    [Fact]
    public void A_broken_file_keeps_serving_its_last_good_version_even_after_a_full_rescan()
    {
        File.WriteAllText(_folder.PathOf("relief.md"), Page("relief", "Good words"));
        using var store = new ContentStore(new ContentSettings(), _folder.Path, TimeProvider.System);
        store.LoadAll();

        File.WriteAllText(_folder.PathOf("relief.md"), "---\ntitle: [unclosed\n---\n");
        var reload = store.Refresh(["relief.md"]);
        store.LoadAll(); // what the watcher does when the OS drops events

        Assert.Equal("Good words", store.Current.Find("relief")?.Title);
        Assert.Contains(reload.Findings, f => f.IsError && f.File == "relief.md" && f.Line == 2);
        Assert.True(Assert.Single(store.Current.Files).ServingLastGood);
    }

    public void Dispose() => _folder.Dispose();
}
