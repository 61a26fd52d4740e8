using NightLegCramps.Web.Logging;
using Serilog.Core;
using Serilog.Events;
using Serilog.Parsing;

namespace NightLegCramps.Web.Tests.Logging;

/// <summary>The log writer behind the console: every line arrives, in order, and a flood cannot grow its queue.</summary>
public sealed class BatchedSinkTests
{
    [Fact]
    public void Every_event_reaches_the_console_in_order_and_a_stop_loses_none()
    {
        var console = new Recorder();
        var sink = new BatchedSink(console, bufferSize: 1000);

        for (var i = 0; i < 500; i++) sink.Emit(Event(i));
        sink.Dispose(); // a clean stop writes what is still queued

        Assert.Equal(Enumerable.Range(0, 500).Select(i => $"line {i}"), console.Lines);
        Assert.True(console.Disposed);
    }

    [Fact]
    public async Task Events_are_written_without_waiting_for_more()
    {
        var console = new Recorder();
        using var sink = new BatchedSink(console, bufferSize: 1000);

        sink.Emit(Event(1));

        await Poll.UntilAsync(() => { lock (console.Lines) return console.Lines.Count == 1; }, "the single line to be written");
    }

    [Fact]
    public void A_full_queue_drops_events_instead_of_growing()
    {
        var console = new Recorder { Blocked = new ManualResetEventSlim() };
        var sink = new BatchedSink(console, bufferSize: 10);
        sink.Emit(Event(0));
        Assert.True(console.Writing.Wait(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken), "the writer takes the first event");

        for (var i = 1; i <= 100; i++) sink.Emit(Event(i)); // the writer is stuck on event 0: at most 10 wait

        console.Blocked.Set();
        sink.Dispose();
        Assert.Equal(11, console.Lines.Count);
        Assert.Equal(Enumerable.Range(0, 11).Select(i => $"line {i}"), console.Lines);
    }

    private static LogEvent Event(int n) =>
        new(DateTimeOffset.UtcNow, LogEventLevel.Information, null, new MessageTemplateParser().Parse($"line {n}"), []);

    private sealed class Recorder : ILogEventSink, IDisposable
    {
        public List<string> Lines { get; } = [];

        public ManualResetEventSlim? Blocked { get; init; }

        public ManualResetEventSlim Writing { get; } = new();

        public bool Disposed { get; private set; }

        public void Emit(LogEvent logEvent)
        {
            Writing.Set();
            Blocked?.Wait();
            lock (Lines) Lines.Add(logEvent.RenderMessage(System.Globalization.CultureInfo.InvariantCulture));
        }

        public void Dispose() => Disposed = true;
    }
}
