using System.Globalization;
using System.Text;
using NightLegCramps.Web.Logging;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;
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

    [Fact]
    public void The_standard_output_gets_one_write_a_batch_not_one_a_line()
    {
        var output = new CountingWrites();
        var formatter = new MessageTemplateTextFormatter(BatchedConsoleConfiguration.DefaultOutputTemplate, CultureInfo.InvariantCulture);
        var sink = new BatchedSink(new StandardOutputSink(formatter, output), bufferSize: 1000);

        for (var i = 0; i < 500; i++) sink.Emit(Event(i));
        sink.Dispose(); // writes what is queued

        var lines = Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(500, lines.Length);
        Assert.Matches(@"^\[\d\d:\d\d:\d\d INF\] line 0$", lines[0]); // the console sink's layout
        Assert.Equal("line 499", lines[^1][15..]);
        Assert.InRange(output.Writes, 1, 50); // one system call per batch of the 50 ms queue, not 500
    }

    private static LogEvent Event(int n) =>
        new(DateTimeOffset.UtcNow, LogEventLevel.Information, null, new MessageTemplateParser().Parse($"line {n}"), []);

    /// <summary>Standard output as the sink sees it: a stream, here counting the writes it is asked for.</summary>
    private sealed class CountingWrites : MemoryStream
    {
        public int Writes { get; private set; }

        public override void Write(byte[] buffer, int offset, int count)
        {
            Writes++;
            base.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Writes++;
            base.Write(buffer);
        }
    }

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
