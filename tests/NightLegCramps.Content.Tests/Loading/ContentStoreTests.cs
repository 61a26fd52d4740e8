using NightLegCramps.Content.Loading;
using NightLegCramps.Content.Tests.Testing;

namespace NightLegCramps.Content.Tests.Loading;

public sealed class ContentStoreTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("nlc-store-").FullName;

    private static string Page(string slug, string text) =>
        TopicText.FrontMatter(slug).Replace("title: Test page", $"title: {text}", StringComparison.Ordinal) + text + "\n" + TopicText.Notice;

    [Fact]
    public void A_broken_file_keeps_serving_its_last_good_version_even_after_a_full_rescan()
    {
        File.WriteAllText(Path.Combine(_folder, "relief.md"), Page("relief", "Good words"));
        using var store = new ContentStore(new ContentSettings(), _folder, TimeProvider.System);
        store.LoadAll();

        File.WriteAllText(Path.Combine(_folder, "relief.md"), "---\ntitle: [unclosed\n---\n");
        var reload = store.Refresh(["relief.md"]);
        store.LoadAll(); // what the watcher does when the OS drops events

        Assert.Equal("Good words", store.Current.Find("relief")?.Title);
        Assert.Contains(reload.Findings, f => f.IsError && f.File == "relief.md" && f.Line == 2);
        Assert.True(Assert.Single(store.Current.Files).ServingLastGood);
    }

    [Fact]
    public void A_deleted_file_leaves_the_site()
    {
        File.WriteAllText(Path.Combine(_folder, "relief.md"), Page("relief", "Good words"));
        using var store = new ContentStore(new ContentSettings(), _folder, TimeProvider.System);
        store.LoadAll();

        File.Delete(Path.Combine(_folder, "relief.md"));
        store.Refresh(["relief.md"]);

        Assert.Null(store.Current.Find("relief"));
        Assert.Empty(store.Current.Files);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
