using OfficeTools.Cli.Rendering;

namespace OfficeTools.Cli.Tests;

/// <summary>The progress display (Spectre.Console's live progress) on a terminal, and its silence when output is redirected.</summary>
public class ProgressBarTests
{
    [Fact]
    public void On_a_terminal_it_draws_percentage_count_rate_and_time_left_in_place_and_clears_at_the_end()
    {
        var writer = new StringWriter();
        var bar = new ProgressBar(writer, 4);
        bar.Tick();
        // Spectre redraws ten times a second: wait for one redraw after the tick
        Thread.Sleep(400);
        bar.Finish();
        var drawn = writer.ToString();
        Assert.Contains(" 25%", drawn, StringComparison.Ordinal);
        Assert.Contains("1/4 (", drawn, StringComparison.Ordinal);
        Assert.Contains(" docs/s)", drawn, StringComparison.Ordinal);
        // drawn in place with cursor movement, not a new line per redraw
        Assert.Contains("\u001b[", drawn, StringComparison.Ordinal);
        bar.Finish();
    }

    [Fact]
    public void Without_a_terminal_it_writes_nothing_and_an_unknown_total_follows_the_input_read()
    {
        var bar = new ProgressBar(null, 4);
        bar.Tick();
        bar.Finish();
        var unknownTotal = new StringWriter();
        var streamed = new ProgressBar(unknownTotal, null, () => 0.5);
        streamed.Tick();
        Thread.Sleep(400);
        streamed.Finish();
        Assert.Contains(" 50%", unknownTotal.ToString(), StringComparison.Ordinal);
        Assert.Contains("1 (", unknownTotal.ToString(), StringComparison.Ordinal);
    }
}
