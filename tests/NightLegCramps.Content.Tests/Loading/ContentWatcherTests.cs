using System.Collections.Concurrent;
using NightLegCramps.Content.Loading;
using NightLegCramps.Content.Tests.Testing;

namespace NightLegCramps.Content.Tests.Loading;

/// <summary>
/// The watcher on the real file system (inotify on Linux), driven the way editors' tools save files.
/// Deadlines are generous so a busy machine does not fail them; the 1 second target is measured by bench/reload.sh.
/// </summary>
public sealed class ContentWatcherTests : IDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(5);
    private readonly TempFolder _folder = new();
    private readonly BlockingCollection<IReadOnlyList<string>> _reports = [];
    private readonly ContentWatcher _watcher;
    private int _rescans;

    public ContentWatcherTests()
    {
        _watcher = new ContentWatcher(_folder.Path, TimeSpan.FromMilliseconds(100), TimeProvider.System, _reports.Add, () => Interlocked.Increment(ref _rescans), e => throw e);
    }

    private HashSet<string> NextReport()
    {
        Assert.True(_reports.TryTake(out var report, (int)Deadline.TotalMilliseconds, TestContext.Current.CancellationToken), "no change was reported");
        return [.. report];
    }

    /// <summary>Everything reported until the folder has been quiet for a while.</summary>
    private List<IReadOnlyList<string>> ReportsUntilQuiet()
    {
        var reports = new List<IReadOnlyList<string>> { NextReport().ToList() };
        while (_reports.TryTake(out var more, 700, TestContext.Current.CancellationToken)) reports.Add(more);
        return reports;
    }

    [Fact]
    public void A_saved_file_is_reported()
    {
        _folder.Write("sample.md", SamplePage.Markdown());

        Assert.Contains("sample.md", NextReport());
    }

    [Fact]
    public void A_burst_of_saves_is_reported_as_a_few_reloads_not_one_per_save()
    {
        for (var i = 0; i < 200; i++)
        {
            _folder.Write($"page-{i % 20}.md", SamplePage.Markdown(body: $"Version {i}.\n"));
        }

        var reports = ReportsUntilQuiet();

        TestContext.Current.TestOutputHelper?.WriteLine($"200 saves to 20 files gave {reports.Count} reloads");
        Assert.True(reports.Count <= 20, $"{reports.Count} reloads for 200 saves: a burst must not reload once per save");
        Assert.Equal(20, reports.SelectMany(r => r).Distinct().Count(n => n.StartsWith("page-", StringComparison.Ordinal)));
        Assert.Equal(0, _rescans);
    }

    [Fact]
    public void A_save_by_rename_reports_the_file_it_replaced()
    {
        _folder.Write(".sample.md.swp", SamplePage.Markdown(body: "New text.\n"));
        File.Move(_folder.PathOf(".sample.md.swp"), _folder.PathOf("sample.md"), overwrite: true);

        Assert.Contains("sample.md", ReportsUntilQuiet().SelectMany(r => r));
    }

    [Fact]
    public void A_save_that_moves_the_old_file_aside_first_reports_the_file()
    {
        _folder.Write("sample.md", SamplePage.Markdown());
        NextReport();

        // vim's default: rename to a backup, write the new file, delete the backup
        File.Move(_folder.PathOf("sample.md"), _folder.PathOf("sample.md~"));
        _folder.Write("sample.md", SamplePage.Markdown(body: "New text.\n"));
        _folder.Delete("sample.md~");

        Assert.Contains("sample.md", ReportsUntilQuiet().SelectMany(r => r));
    }

    [Fact]
    public void Renaming_a_file_reports_both_names()
    {
        _folder.Write("old-name.md", SamplePage.Markdown());
        NextReport();

        File.Move(_folder.PathOf("old-name.md"), _folder.PathOf("new-name.md"));

        var names = ReportsUntilQuiet().SelectMany(r => r).ToHashSet();
        Assert.Contains("old-name.md", names);
        Assert.Contains("new-name.md", names);
    }

    [Fact]
    public void Other_files_in_the_folder_are_ignored()
    {
        _folder.Write("notes.txt", "not a page");
        _folder.Write("sample.md", SamplePage.Markdown());

        Assert.Equal(["sample.md"], ReportsUntilQuiet().SelectMany(r => r).Distinct());
    }

    [Fact]
    public void A_folder_added_with_pages_in_it_is_reported()
    {
        var staging = Path.Combine(Path.GetTempPath(), "nlc-staging-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(staging);
        File.WriteAllText(Path.Combine(staging, "extra.md"), SamplePage.Markdown());

        Directory.Move(staging, _folder.PathOf("more"));

        var names = ReportsUntilQuiet().SelectMany(r => r).ToHashSet();
        Assert.True(names.Contains("more") || names.Contains("more/extra.md"), string.Join(", ", names));
    }

    public void Dispose()
    {
        _watcher.Dispose();
        _reports.Dispose();
        _folder.Dispose();
    }
}
