using System.Collections.Concurrent;
using System.Text;
using Serilog;
using Serilog.Configuration;
using Serilog.Core;
using Serilog.Debugging;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Display;

namespace NightLegCramps.Web.Logging;

/// <summary>
/// Hands log events to the sinks it wraps (the console) from one background thread, in batches every
/// <see cref="Interval"/>: a request only puts its event on a lock-free queue and wakes no one. Serilog's Async sink,
/// which this replaces, wakes its writer for every event; with one line per request that cost a contended lock and a
/// spinning writer thread per request, and most of the gap between a cached page and bare Kestrel
/// (docs/performance.md). The queue holds at most <c>bufferSize</c> events; past that, events are dropped and
/// counted, as the Async sink does, so a flood of requests cannot grow memory through the log. A sink that buffers
/// its output (<see cref="IBufferedSink"/>, the standard output) is flushed once per batch, not once per event.
/// </summary>
internal sealed class BatchedSink : ILogEventSink, IDisposable
{
    /// <summary>How long an event may wait before it is written: short enough to read a log live.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    private readonly ILogEventSink _inner;
    private readonly int _capacity;
    private readonly ConcurrentQueue<LogEvent> _queue = new();
    private readonly ManualResetEventSlim _stopping = new();
    private readonly Thread _writer;
    private int _queued;
    private long _dropped;

    public BatchedSink(ILogEventSink inner, int bufferSize)
    {
        _inner = inner;
        _capacity = bufferSize;
        _writer = new Thread(Write) { IsBackground = true, Name = "Log writer" };
        _writer.Start();
    }

    public void Emit(LogEvent logEvent)
    {
        if (Interlocked.Increment(ref _queued) > _capacity)
        {
            Interlocked.Decrement(ref _queued);
            Interlocked.Increment(ref _dropped);
            return;
        }
        _queue.Enqueue(logEvent);
    }

    private void Write()
    {
        while (!_stopping.Wait(Interval))
        {
            Drain();
        }
        Drain();
    }

    private void Drain()
    {
        while (_queue.TryDequeue(out var logEvent))
        {
            Interlocked.Decrement(ref _queued);
            try
            {
                _inner.Emit(logEvent);
            }
            catch (Exception exception)
            {
                SelfLog.WriteLine("Log writer: a sink failed: {0}", exception);
            }
        }
        try
        {
            (_inner as IBufferedSink)?.Flush();
        }
        catch (Exception exception)
        {
            SelfLog.WriteLine("Log writer: a sink failed to flush: {0}", exception);
        }
        if (Interlocked.Exchange(ref _dropped, 0) is > 0 and var dropped)
        {
            SelfLog.WriteLine("Log writer: {0} events dropped, the queue was full", dropped);
        }
    }

    /// <summary>Writes what is queued, then closes the wrapped sinks: a clean stop loses no line.</summary>
    public void Dispose()
    {
        _stopping.Set();
        _writer.Join();
        (_inner as IDisposable)?.Dispose();
        _stopping.Dispose();
    }
}

/// <summary>A sink that keeps what it writes in a buffer until <see cref="Flush"/>.</summary>
internal interface IBufferedSink : ILogEventSink
{
    void Flush();
}

/// <summary>
/// Formats events onto the process's standard output through one buffer: the console sink it replaces wrote and
/// flushed each line on its own, one system call per request, which was most of the log writer's time
/// (docs/performance.md). Lines are whole and in order; <see cref="BatchedSink"/> flushes after each batch.
/// </summary>
internal sealed class StandardOutputSink(ITextFormatter formatter, Stream output) : IBufferedSink, IDisposable
{
    private readonly StreamWriter _writer = new(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 64 * 1024);

    public void Emit(LogEvent logEvent) => formatter.Format(logEvent, _writer);

    public void Flush() => _writer.Flush();

    public void Dispose() => _writer.Dispose();
}

/// <summary>
/// The <c>BatchedConsole</c> sink for the <c>Serilog</c> section: <c>{ "Name": "BatchedConsole" }</c> writes text lines
/// in the console sink's format; <c>"Args": { "formatter": "..." }</c> takes any Serilog formatter (JSON lines: the
/// README), <c>"outputTemplate"</c> another text layout.
/// </summary>
public static class BatchedConsoleConfiguration
{
    /// <summary>The console sink's own default, so the lines read as they always have.</summary>
    public const string DefaultOutputTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}";

    public static LoggerConfiguration BatchedConsole(
        this LoggerSinkConfiguration sinks,
        ITextFormatter? formatter = null,
        string outputTemplate = DefaultOutputTemplate,
        int bufferSize = 10_000,
        LogEventLevel restrictedToMinimumLevel = LevelAlias.Minimum) =>
        sinks.Sink(
            new BatchedSink(
                new StandardOutputSink(formatter ?? new MessageTemplateTextFormatter(outputTemplate, System.Globalization.CultureInfo.InvariantCulture), Console.OpenStandardOutput()),
                bufferSize),
            restrictedToMinimumLevel);
}
