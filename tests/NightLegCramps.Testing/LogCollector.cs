using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace NightLegCramps.Testing;

/// <summary>One line the site logged, as an operator would read it.</summary>
public sealed record LogEntry(string Category, LogLevel Level, string Message)
{
    /// <summary>The exception logged with the message, if any, as an operator would read it (message and stack).</summary>
    public string? Exception { get; init; }
}

/// <summary>
/// Keeps everything the site logs (at Information and above unless a test asks for more), beside its own console output, so tests can read what
/// editors and operators are told. A Serilog sink: the site reads sinks registered as services into its logger.
/// </summary>
public sealed class LogCollector : ILogEventSink
{
    // The message as the console shows it: text values without quotes.
    private static readonly MessageTemplateTextFormatter Text = new("{Message:lj}");

    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> Entries => [.. _entries];

    public IEnumerable<LogEntry> Errors => Entries.Where(e => e.Level >= LogLevel.Error);

    /// <summary>
    /// The lowest level kept: Information, what an operator sees. A test that must know nothing leaks at any level
    /// lowers it to Trace, and the site's own <c>Serilog:MinimumLevel</c> with it.
    /// </summary>
    public LogLevel MinimumLevel { get; set; } = LogLevel.Information;

    public void Emit(LogEvent logEvent)
    {
        if ((int)logEvent.Level < (int)MinimumLevel) return; // the two scales number their levels alike
        using var message = new StringWriter();
        Text.Format(logEvent, message);
        var category = logEvent.Properties.GetValueOrDefault("SourceContext") is ScalarValue { Value: string source } ? source : "";
        _entries.Enqueue(new LogEntry(category, (LogLevel)(int)logEvent.Level, message.ToString()) { Exception = logEvent.Exception?.ToString() });
    }
}
