using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace NightLegCramps.Web.Tests.Testing;

/// <summary>One line the site logged, as an operator would read it.</summary>
public sealed record LogEntry(string Category, LogLevel Level, string Message);

/// <summary>
/// Keeps everything the site logs at Information and above, beside its own console output, so tests can read what
/// editors and operators are told. A Serilog sink: the site reads sinks registered as services into its logger.
/// </summary>
public sealed class LogCollector : ILogEventSink
{
    // The message as the console shows it: text values without quotes.
    private static readonly MessageTemplateTextFormatter Text = new("{Message:lj}");

    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> Entries => [.. _entries];

    public IEnumerable<LogEntry> Errors => Entries.Where(e => e.Level >= LogLevel.Error);

    public void Emit(LogEvent logEvent)
    {
        if (logEvent.Level < LogEventLevel.Information) return;
        using var message = new StringWriter();
        Text.Format(logEvent, message);
        var category = logEvent.Properties.GetValueOrDefault("SourceContext") is ScalarValue { Value: string source } ? source : "";
        _entries.Enqueue(new LogEntry(category, (LogLevel)(int)logEvent.Level /* the two scales number their levels alike */, message.ToString()));
    }
}
