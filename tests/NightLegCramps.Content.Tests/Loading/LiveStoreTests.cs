using Microsoft.Extensions.Primitives;
using NightLegCramps.Content.Loading;
using NightLegCramps.Content.Tests.Testing;

namespace NightLegCramps.Content.Tests.Loading;

/// <summary>The store and its watcher together, while a file is being written.</summary>
public sealed class LiveStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_file_read_half_written_does_not_replace_the_last_good_version()
    {
        _folder.Write("sample.md", SamplePage.Markdown(body: "The first version.\n"));
        using var store = new ContentStore(new ContentSettings { DebounceMilliseconds = 30 }, _folder.Path, FixedClock.Today);
        store.LoadAll();
        var reloads = 0;
        using var subscription = ChangeToken.OnChange(store.GetReloadToken, () => Interlocked.Increment(ref reloads));
        store.Watch();
        var text = System.Text.Encoding.UTF8.GetBytes(SamplePage.Markdown(body: "The second version.\n"));

        await using (var stream = new FileStream(_folder.PathOf("sample.md"), FileMode.Truncate, FileAccess.Write, FileShare.ReadWrite))
        {
            // Half the front matter, then a pause long enough for the watcher to read the file as it is.
            await stream.WriteAsync(text.AsMemory(0, 40), TestContext.Current.CancellationToken);
            await stream.FlushAsync(TestContext.Current.CancellationToken);
            await WaitUntil(() => Volatile.Read(ref reloads) > 0);

            Assert.Contains("The first version.", store.Current.Find("sample")?.Html, StringComparison.Ordinal);
            Assert.True(store.Current.Files.Single().ServingLastGood);

            await stream.WriteAsync(text.AsMemory(40), TestContext.Current.CancellationToken);
        }

        await WaitUntil(() => store.Current.Find("sample")?.Html.Contains("The second version.", StringComparison.Ordinal) == true);
        Assert.False(store.Current.Files.Single().ServingLastGood);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the change did not arrive within 5 seconds");
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
    }

    public void Dispose() => _folder.Dispose();
}
