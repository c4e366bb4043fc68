namespace OfficeTools.Cli.Tests;

/// <summary>A mistyped command or option is answered with the nearest one, and a missing option points to that command's own help.</summary>
public sealed class SuggestionTests
{
    [Theory]
    [InlineData(new[] { "bacth" }, "did you mean 'batch'?", "Run 'officetools --help'")]
    [InlineData(new[] { "colect" }, "did you mean 'collect'?", "Run 'officetools --help'")]
    [InlineData(new[] { "export", "assesment" }, "did you mean 'assessment'?", "Run 'officetools export --help'")]
    [InlineData(new[] { "batch", "ledger.json", "-o", "out", "--pdf-job", "2" }, "did you mean '--pdf-jobs'?", "Run 'officetools batch --help'")]
    public void A_typo_gets_the_nearest_name(string[] args, string suggestion, string help)
    {
        var run = CliHarness.Exec(args);
        Assert.Equal(2, run.Code);
        Assert.Contains(suggestion, run.Err);
        Assert.Contains(help, run.Err);
    }

    [Fact]
    public void A_missing_option_points_to_the_commands_own_help_and_nothing_far_is_suggested()
    {
        var run = CliHarness.Exec("batch", "ledger.json");
        Assert.Equal(2, run.Code);
        Assert.Contains("Option '--output' is required.", run.Err);
        Assert.Contains("Run 'officetools batch --help' for usage.", run.Err);
        var far = CliHarness.Exec("zzzzzz");
        Assert.DoesNotContain("did you mean", far.Err);
    }
}
