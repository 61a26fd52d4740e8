using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using NightLegCramps.Content.Loading;
using NightLegCramps.Testing;
using NightLegCramps.Web.LiveContent;

namespace NightLegCramps.Web.Tests.LiveContent;

/// <summary>The reload log in plain words: the file by name, counts that agree with their nouns, deletions with their address, no floods.</summary>
public sealed class ReloadLogTests : IDisposable
{
    private readonly TempContent _content = new(copyFixtureContent: false);
    private readonly Lines _log = new();

    private static string Page(string slug, string body = "Stretch your calf.") =>
        $"---\ntitle: A page\nsummary: A page.\nslug: {slug}\norder: 1\nlastReviewed: 2026-01-10\nnextReview: 2099-01-10\n---\n\n{body}\n\n:::notice\nGeneral information.\n:::\n";

    [Fact]
    public async Task Each_reload_names_its_files_counts_them_and_says_what_was_deleted_and_where()
    {
        _content.Write("relief.md", Page("relief"));
        using var store = new ContentStore(new ContentSettings { DebounceMilliseconds = 30 }, _content.Folder, TimeProvider.System);
        var service = new ContentReloadService(store, _log);
        await service.StartAsync(TestContext.Current.CancellationToken);
        try
        {
            _content.Write("relief.md", Page("relief", "Walk a little."));
            store.Refresh(["relief.md"]);
            // The watcher may get there first: either way the line is written once the reload is live.
            await Poll.UntilAsync(() => _log.All.Contains("relief.md reloaded"), "the reload to be logged by name");
            Assert.Contains(_log.All, l => l.StartsWith("Content reloaded: 1 file changed,", StringComparison.Ordinal));

            // Two pages arriving at once (a folder moved in whole): one reload, and the count agrees with its noun.
            var staging = Path.Combine(Path.GetTempPath(), "nlc-staging-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(staging);
            File.WriteAllText(Path.Combine(staging, "first.md"), Page("first"));
            File.WriteAllText(Path.Combine(staging, "second.md"), Page("second"));
            Directory.Move(staging, _content.PathOf("more"));
            store.Refresh(["more"]);
            await Poll.UntilAsync(() => _log.All.Any(l => l.StartsWith("Content reloaded: 2 files changed,", StringComparison.Ordinal)), "two files to be counted as '2 files'");

            _content.Delete("relief.md");
            store.Refresh(["relief.md"]);
            await Poll.UntilAsync(() => _log.All.Contains("relief.md deleted; its page /relief is gone"), "the deletion to be logged with its address");

            var links = string.Join("\n\n", Enumerable.Range(1, 25).Select(i => $"See [page {i}](/missing-{i})."));
            _content.Write("many.md", Page("many", links));
            store.Refresh(["many.md"]);
            await Poll.UntilAsync(() => _log.All.Any(l => l.StartsWith("many.md: ", StringComparison.Ordinal)), "the broken links to be logged");
            Assert.Equal(20, _log.All.Count(l => l.StartsWith("many.md:", StringComparison.Ordinal) && l.Contains("points to no page", StringComparison.Ordinal)));
            Assert.Contains("many.md: 5 more problems not shown; run check-content to see them all", _log.All);
        }
        finally
        {
            await service.StopAsync(TestContext.Current.CancellationToken);
        }
    }

    [Fact]
    public async Task The_start_line_counts_the_pages_of_every_language_as_check_content_does()
    {
        using var fixture = new TempContent();
        using var store = new ContentStore(new ContentSettings(), fixture.Folder, TimeProvider.System);
        var service = new ContentReloadService(store, _log);
        await service.StartAsync(TestContext.Current.CancellationToken);
        try
        {
            var english = store.Current.AllPages.Count();
            var published = store.Current.EveryPage.Count();
            Assert.True(published > english, "the fixture content has pages in a second language");
            Assert.Contains($"Content loaded from {fixture.Folder}: {published} pages, 0 files in error", _log.All);
        }
        finally
        {
            await service.StopAsync(TestContext.Current.CancellationToken);
        }
    }

    public void Dispose() => _content.Dispose();

    private sealed class Lines : ILogger<ContentReloadService>
    {
        private readonly ConcurrentQueue<string> _lines = new();

        public IReadOnlyList<string> All => [.. _lines];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            _lines.Enqueue(formatter(state, exception));
    }
}
