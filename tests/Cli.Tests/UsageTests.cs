namespace OfficeTools.Cli.Tests;

public class UsageTests
{
    [Theory]
    [InlineData("render")]
    [InlineData("render", "t.docx", "d.json")]
    [InlineData("no-such-command")]
    [InlineData("render", "t.docx", "d.json", "-o", "x", "--jobs", "many")]
    [InlineData("fields")]
    public void Wrong_usage_exits_2_with_a_hint(params string[] args)
    {
        var run = CliHarness.Exec(args);
        Assert.Equal(2, run.Code);
        // the help of the command the line reached: officetools render --help, or officetools --help for an unknown command
        var reached = args[0] is "render" or "fields" ? $"officetools {args[0]} --help" : "officetools --help";
        Assert.Contains(reached, run.Err);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void Help_lists_the_commands_and_exits_0()
    {
        var run = CliHarness.Exec("--help");
        Assert.Equal(0, run.Code);
        Assert.Contains("render", run.Out);
        Assert.Contains("lint", run.Out);
        Assert.Contains("fields", run.Out);
    }
}
