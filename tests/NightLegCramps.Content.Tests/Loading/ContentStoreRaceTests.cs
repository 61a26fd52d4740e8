using NightLegCramps.Content.Loading;
using NightLegCramps.Content.Tests.Testing;
using NightLegCramps.Content.Topics;

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
        foreach (var file in Directory.GetFiles(SiteFactory.FixtureContent, "*.md"))
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
        const int Rounds = 150;

        // A fixed amount of work on each side, run at the same time; how fast either goes does not matter.
        var editor = Task.Run(() =>
        {
            for (var i = 0; i < Rounds; i++)
            {
                var first = Path.Combine(_folder, churnFiles[0]);
                var second = Path.Combine(_folder, churnFiles[1]);
                try
                {
                    File.WriteAllText(first, i % 3 == 0 ? "---\ntitle: [broken\n---\n" : page);
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
        var reader = Task.Run(() =>
        {
            for (var i = 0; i < Rounds; i++)
            {
                AssertGoodPagesPublished(store.Refresh(churnFiles).Content.AllPages, good);
            }
        }, TestContext.Current.CancellationToken);
        await Task.WhenAll(editor, reader);

        // Once the churn stops, the store still tracks the files as they are: a good save publishes,
        // a broken one keeps the last good version, a renamed-away file is gone.
        File.Delete(Path.Combine(_folder, churnFiles[1]));
        File.WriteAllText(Path.Combine(_folder, churnFiles[0]), page);
        Assert.NotNull(store.Refresh(churnFiles).Content.Find("churn"));
        File.WriteAllText(Path.Combine(_folder, churnFiles[0]), "---\ntitle: [broken\n---\n");
        var after = store.Refresh(churnFiles).Content;
        Assert.Equal(good.Append("churn").Order(StringComparer.Ordinal), after.AllPages.Select(t => t.Slug).Order(StringComparer.Ordinal));
        var churn = Assert.Single(after.Files, f => f.File == churnFiles[0]);
        Assert.True(churn.ServingLastGood);
        Assert.Contains(churn.Findings, f => f.IsError);
        Assert.DoesNotContain(after.Files, f => f.File == churnFiles[1]);
    }

    private static void AssertGoodPagesPublished(IEnumerable<Topic> published, IReadOnlyList<string> good)
    {
        var slugs = published.Select(t => t.Slug).ToHashSet(StringComparer.Ordinal);
        foreach (var slug in good)
        {
            Assert.True(slugs.Contains(slug), $"{slug} was taken down during the churn");
        }
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
