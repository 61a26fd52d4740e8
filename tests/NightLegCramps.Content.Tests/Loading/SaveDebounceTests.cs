using Microsoft.Extensions.Time.Testing;
using NightLegCramps.Content.Loading;
using NightLegCramps.Content.Tests.Testing;

namespace NightLegCramps.Content.Tests.Loading;

/// <summary>
/// When the watcher reports a save: after a quiet interval, at the latest after four during a long burst, and only
/// once the file's size and time have stayed the same across an interval. Time is a FakeTimeProvider, moved by
/// the test: nothing here waits for real time.
/// </summary>
public sealed class SaveDebounceTests : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(150);
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(1);

    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly List<IReadOnlyList<string>> _reports = [];
    private readonly SaveDebounce _debounce;
    private int _rescans;

    public SaveDebounceTests()
    {
        _debounce = new SaveDebounce(_folder.Path, Quiet, _clock, _reports.Add, () => _rescans++, e => throw e);
    }

    [Fact]
    public void A_save_is_reported_once_the_folder_has_been_quiet_for_the_interval_and_not_before()
    {
        _folder.Write("relief.md", "one");
        _debounce.Changed("relief.md");

        _clock.Advance(Quiet - Tick);
        Assert.Empty(_reports);

        _clock.Advance(Tick);
        Assert.Equal(["relief.md"], Assert.Single(_reports));
    }

    [Fact]
    public void A_burst_of_saves_is_one_report_after_the_last_save()
    {
        for (var i = 0; i < 3; i++)
        {
            _folder.Write($"page-{i}.md", "text");
            _debounce.Changed($"page-{i}.md");
            _clock.Advance(Quiet / 2); // each save comes before the last one's interval ends
        }
        Assert.Empty(_reports);

        _clock.Advance(Quiet / 2);

        Assert.Equal(["page-0.md", "page-1.md", "page-2.md"], Assert.Single(_reports).Order());
    }

    [Fact]
    public void A_save_that_never_stops_is_still_reported_after_four_intervals()
    {
        _folder.Write("busy.md", "text");
        var elapsed = TimeSpan.Zero;
        while (_reports.Count == 0 && elapsed < Quiet * 10)
        {
            _debounce.Changed("busy.md"); // the same size and time each time: only the burst goes on
            _clock.Advance(Quiet / 3);
            elapsed += Quiet / 3;
        }

        Assert.Equal(["busy.md"], Assert.Single(_reports));
        Assert.True(elapsed <= Quiet * 4 + Quiet / 3, $"reported after {elapsed.TotalMilliseconds} ms");
    }

    [Fact]
    public void A_file_whose_size_or_time_changed_across_the_interval_waits_for_one_more_unchanged_interval()
    {
        // An editor that saves in place, in chunks: the first chunk is seen, the rest arrive without a new event.
        _folder.Write("relief.md", "first chunk");
        _debounce.Changed("relief.md");
        File.AppendAllText(_folder.PathOf("relief.md"), " and the rest of the page");

        _clock.Advance(Quiet);
        Assert.Empty(_reports); // its size moved during the interval: not read half-written

        _clock.Advance(Quiet - Tick);
        Assert.Empty(_reports);

        _clock.Advance(Tick); // a whole interval unchanged
        Assert.Equal(["relief.md"], Assert.Single(_reports));
    }

    [Fact]
    public void A_file_that_keeps_changing_is_held_until_it_stops()
    {
        _folder.Write("relief.md", "v");
        _debounce.Changed("relief.md");
        for (var i = 0; i < 5; i++)
        {
            File.AppendAllText(_folder.PathOf("relief.md"), "more");
            _clock.Advance(Quiet);
            Assert.Empty(_reports);
        }

        _clock.Advance(Quiet);

        Assert.Equal(["relief.md"], Assert.Single(_reports));
    }

    [Fact]
    public void A_deleted_file_is_reported_after_the_interval()
    {
        _folder.Write("old.md", "text");
        _folder.Delete("old.md");
        _debounce.Changed("old.md");

        _clock.Advance(Quiet);

        Assert.Equal(["old.md"], Assert.Single(_reports));
    }

    [Fact]
    public void Lost_events_become_one_rescan_instead_of_a_list()
    {
        _debounce.Changed("relief.md");
        _debounce.LostTrack();

        _clock.Advance(Quiet);

        Assert.Equal(1, _rescans);
        Assert.Empty(_reports);
    }

    public void Dispose()
    {
        _debounce.Dispose();
        _folder.Dispose();
    }
}
