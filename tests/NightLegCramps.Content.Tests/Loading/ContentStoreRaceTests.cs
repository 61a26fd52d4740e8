using NightLegCramps.Content.Loading;
using NightLegCramps.Content.Tests.Testing;

namespace NightLegCramps.Content.Tests.Loading;

/// <summary>
/// Editors' tools write, rename and delete files while the store reads them. Whatever the timing,
/// a reload never throws and every good page stays published.
/// </summary>
public sealed class ContentStoreRaceTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "nlc-race-" + Guid.NewGuid().ToString("N"));

    public ContentStoreRaceTests()
    {
        Directory.CreateDirectory(_folder);
        foreach (var file in Directory.GetFiles(TopicText.RepositoryContent, "*.md"))
        {
            File.Copy(file, Path.Combine(_folder, Path.GetFileName(file)));
        }
    }

    [Fact]
    public async Task Files_written_renamed_and_deleted_during_reloads_never_break_the_good_pages()
    {
        using var store = new ContentStore(new ContentSettings(), _folder, TimeProvider.System);
        var good = store.LoadAll().Content.AllPages.Select(t => t.Slug).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(9, good.Count);
        var page = File.ReadAllText(Path.Combine(_folder, "relief.md")).Replace("slug: relief", "slug: churn", StringComparison.Ordinal);
        var churnFiles = new[] { "churn.md", "churn-renamed.md" };
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(3));

        var editor = Task.Run(() =>
        {
            var i = 0;
            while (!stop.IsCancellationRequested)
            {
                var first = Path.Combine(_folder, churnFiles[0]);
                var second = Path.Combine(_folder, churnFiles[1]);
                try
                {
                    File.WriteAllText(first, i++ % 3 == 0 ? "---\ntitle: [broken\n---\n" : page);
                    File.Move(first, second, overwrite: true);
                    File.Delete(second);
                    using var open = new FileStream(first, FileMode.Create, FileAccess.Write, FileShare.None);
                    open.Write(new byte[50_000]); // a half-written, locked, binary-looking file
                }
                catch (IOException)
                {
                    // The reader holds the file for a moment; the next round tries again.
                }
            }
        }, TestContext.Current.CancellationToken);

        var reloads = 0;
        while (!editor.IsCompleted)
        {
            var content = store.Refresh(churnFiles).Content;
            reloads++;
            foreach (var slug in good)
            {
                Assert.NotNull(content.Find(slug));
            }
        }
        await editor;

        Assert.True(reloads > 10, $"only {reloads} reloads ran");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans temp folders.
        }
    }
}
