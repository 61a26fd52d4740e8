using System.Collections.Concurrent;
using Serilog;
using Serilog.Configuration;
using Serilog.Core;
using Serilog.Debugging;
using Serilog.Events;

namespace NightLegCramps.Web.Logging;

/// <summary>
/// Hands log events to the sinks it wraps (the console) from one background thread, in batches every
/// <see cref="Interval"/>: a request only puts its event on a lock-free queue and wakes no one. Serilog's Async sink,
/// which this replaces, wakes its writer for every event; with one line per request that cost a contended lock and a
/// spinning writer thread per request, and most of the gap between a cached page and bare Kestrel
/// (docs/performance.md). The queue holds at most <c>bufferSize</c> events; past that, events are dropped and
/// counted, as the Async sink does, so a flood of requests cannot grow memory through the log.
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

/// <summary>The <c>Batched</c> sink for the <c>Serilog</c> section: <c>{ "Name": "Batched", "Args": { "configure": [ { "Name": "Console" } ] } }</c>.</summary>
public static class BatchedSinkConfiguration
{
    public static LoggerConfiguration Batched(
        this LoggerSinkConfiguration sinks, Action<LoggerSinkConfiguration> configure, int bufferSize = 10_000) =>
        sinks.Sink(LoggerSinkConfiguration.Wrap(inner => new BatchedSink(inner, bufferSize), configure));
}
