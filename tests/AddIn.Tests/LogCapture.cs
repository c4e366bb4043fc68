using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace OfficeTools.AddIn.Tests;

/// <summary>Keeps every log line the service writes, to assert on what it logged (and that nothing logged an error).</summary>
public sealed class LogCapture : ILoggerProvider
{
    /// <summary>One logged line.</summary>
    public sealed record Entry(LogLevel Level, string Category, string Message, Exception? Exception);

    readonly ConcurrentQueue<Entry> entries = new();

    /// <summary>What has been logged so far.</summary>
    public IReadOnlyList<Entry> Entries => [.. entries];

    /// <summary>Entries at Error or above, or carrying an exception.</summary>
    public IReadOnlyList<Entry> Failures => [.. entries.Where(e => e.Level >= LogLevel.Error || e.Exception != null)];

    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    /// <inheritdoc />
    public void Dispose() { }

    sealed class Logger(LogCapture owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) owner.entries.Enqueue(new Entry(logLevel, category, formatter(state, exception), exception));
        }
    }
}
