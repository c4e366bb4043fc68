using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace OfficeTools.Cli.Rendering;

/// <summary>
/// Spectre.Console's live progress on a terminal — bar, percentage, count, rate and time left — fed by
/// <see cref="Tick"/> from any thread; silent when there is no writer (output redirected).
/// </summary>
public sealed class ProgressBar
{
    readonly int? _total;
    readonly Func<double>? _fraction;
    readonly Stopwatch _clock = Stopwatch.StartNew();
    readonly ManualResetEventSlim _finished = new();
    readonly ProgressTask? _task;
    readonly Task? _live;
    int _done;

    /// <summary>A bar over <paramref name="total"/> items (or, when unknown, over <paramref name="fraction"/> of the input read).</summary>
    public ProgressBar(TextWriter? writer, int? total, Func<double>? fraction = null)
    {
        _total = total;
        _fraction = fraction;
        if (writer is null) return;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer), Ansi = AnsiSupport.Yes, Interactive = InteractionSupport.Yes,
            ColorSystem = ColorSystemSupport.Detect,
        });
        var started = new TaskCompletionSource<ProgressTask>(TaskCreationOptions.RunContinuationsAsynchronously);
        _live = Task.Run(() =>
        {
            try
            {
                console.Progress().AutoClear(true)
                    .Columns(new ProgressBarColumn(), new PercentageColumn(), new CountColumn(this), new RemainingTimeColumn())
                    .Start(ctx =>
                    {
                        var task = ctx.AddTask("documents", maxValue: total is > 0 ? total.Value : 1);
                        started.TrySetResult(task);
                        _finished.Wait();
                    });
            }
            catch (Exception e) when (started.TrySetException(e)) { }
        });
        _task = started.Task.GetAwaiter().GetResult();
    }

    /// <summary>Counts one finished item.</summary>
    public void Tick()
    {
        var done = Interlocked.Increment(ref _done);
        if (_task is null) return;
        _task.Value = _total is > 0 ? done : Math.Clamp(_fraction?.Invoke() ?? 0, 0, 1);
    }

    /// <summary>Stops the live display and clears it.</summary>
    public void Finish()
    {
        if (_live is null || _finished.IsSet) return;
        _finished.Set();
        _live.GetAwaiter().GetResult();
    }

    string Count()
    {
        var done = Volatile.Read(ref _done);
        var rate = done / Math.Max(_clock.Elapsed.TotalSeconds, 0.001);
        var count = _total is { } t ? $"{done}/{t}" : $"{done}";
        return $"{count} ({rate.ToString(rate >= 10 ? "0" : "0.0", CultureInfo.InvariantCulture)} docs/s)";
    }

    /// <summary>The count done and the rate in documents a second (Spectre's own speed column is for bytes).</summary>
    sealed class CountColumn(ProgressBar bar) : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) => new Text(bar.Count());
    }
}
