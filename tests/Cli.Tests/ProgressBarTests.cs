using OfficeTools.Cli.Rendering;

namespace OfficeTools.Cli.Tests;

public class ProgressBarTests
{
    [Fact]
    public void Draws_in_place_on_the_first_tick_and_clears_at_the_end()
    {
        var writer = new StringWriter();
        var bar = new ProgressBar(writer, 4);
        bar.Tick();
        var drawn = writer.ToString();
        Assert.StartsWith("\r[#######-----------------------]  25% 1/4 (", drawn);
        bar.Finish();
        Assert.EndsWith("\r", writer.ToString());
    }

    [Fact]
    public void Without_a_terminal_it_writes_nothing()
    {
        var bar = new ProgressBar(null, 4);
        bar.Tick();
        bar.Finish();
        var unknownTotal = new StringWriter();
        var streamed = new ProgressBar(unknownTotal, null, () => 0.5);
        streamed.Tick();
        Assert.Contains(" 50% 1 (", unknownTotal.ToString());
    }
}
