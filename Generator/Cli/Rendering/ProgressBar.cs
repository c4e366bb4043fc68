using System.Diagnostics;

namespace OfficeTools.Cli.Rendering;

/// <summary>A one-line progress bar redrawn in place on a terminal; silent when disabled.</summary>
public sealed class ProgressBar
{
    readonly TextWriter? _writer;
    readonly int? _total;
    readonly Func<double>? _fraction;
    readonly Stopwatch _clock = Stopwatch.StartNew();
    readonly Lock _gate = new();
    long _lastDraw = -1000;
    int _done;

    /// <summary>A bar over <paramref name="total"/> items (or, when unknown, over <paramref name="fraction"/> of the input read).</summary>
    public ProgressBar(TextWriter? writer, int? total, Func<double>? fraction = null)
    {
        _writer = writer;
        _total = total;
        _fraction = fraction;
    }

    /// <summary>Counts one finished item and redraws at most ten times a second.</summary>
    public void Tick()
    {
        var done = Interlocked.Increment(ref _done);
        if (_writer == null) return;
        var now = _clock.ElapsedMilliseconds;
        if (now - Interlocked.Read(ref _lastDraw) < 100) return;
        lock (_gate)
        {
            if (now - _lastDraw < 100) return;
            _lastDraw = now;
            Draw(done);
        }
    }

    /// <summary>Clears the bar line.</summary>
    public void Finish()
    {
        if (_writer == null) return;
        lock (_gate) _writer.Write("\r" + new string(' ', 72) + "\r");
    }

    void Draw(int done)
    {
        var fraction = _total is > 0 ? done / (double)_total : _fraction?.Invoke() ?? 0;
        fraction = Math.Clamp(fraction, 0, 1);
        const int width = 30;
        var filled = (int)(fraction * width);
        var rate = done / Math.Max(_clock.Elapsed.TotalSeconds, 0.001);
        var count = _total is { } t ? $"{done}/{t}" : $"{done}";
        var left = _total is { } all && rate > 0 && done < all ? $", {Left((all - done) / rate)} left" : "";
        _writer!.Write($"\r[{new string('#', filled)}{new string('-', width - filled)}] {fraction * 100,3:0}% {count} ({(rate >= 10 ? rate.ToString("0", System.Globalization.CultureInfo.InvariantCulture) : rate.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture))} docs/s{left}) ");
        _writer.Flush();
    }

    static string Left(double seconds) => seconds >= 3600 ? $"{(int)(seconds / 3600)}h{(int)(seconds % 3600 / 60):00}m"
        : $"{(int)(seconds / 60)}:{(int)(seconds % 60):00}";
}
