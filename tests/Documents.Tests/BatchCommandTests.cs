using OfficeTools.Documents.Ledger;

namespace OfficeTools.Documents.Tests;

/// <summary>`officetools batch` through the real command line entry: exit codes, summary, errors on stderr.</summary>
public class BatchCommandTests
{
    static (int Code, string Out, string Err) Cli(params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var code = OfficeTools.Cli.Program.Run(args, o, e);
        return (code, o.ToString(), e.ToString());
    }

    [Fact]
    public void Batch_prints_plain_progress_and_a_summary()
    {
        var dir = TestLedgers.TempDir("cli");
        var ledger = MiniLedgerFile.Write(dir, [("U1", "甲单位", UnitKinds.Leadership), ("U2", "乙", UnitKinds.Member)], MiniLedgerFile.DoneAndUnsatisfied);
        var (code, output, error) = Cli("batch", ledger, "-o", Path.Combine(dir, "out"));
        Assert.True(code == 0, error);
        Assert.Contains("rendered 5/5 documents", output);
        Assert.Contains("2 units, 4 items → 2 forms, 2 notices, 1 briefing", output);
        Assert.Contains("督办通知单 2", output);
        Assert.True(File.Exists(Path.Combine(dir, "out", "index.json")));
    }

    [Fact]
    public void Bad_ledger_exits_1_with_every_error_on_stderr()
    {
        var dir = TestLedgers.TempDir("cli");
        var ledger = MiniLedgerFile.Write(dir, [("U1", "甲单位", UnitKinds.Leadership)], (_, _) => [("完成", "满意", -1), ("整改到位", "很好", -1)]);
        var (code, output, error) = Cli("batch", ledger, "-o", Path.Combine(dir, "out"));
        Assert.Equal(1, code);
        Assert.Matches(@"ledger\.json: line \d+, record items\[0\], field 整改状态 \(status\): '完成' is not one of", error);
        Assert.Matches(@"ledger\.json: line \d+, record items\[1\], field 群众评价 \(satisfaction\): '很好' is not one of", error);
        Assert.Contains("nothing was written", error);
        Assert.DoesNotContain("   at ", error);
        Assert.Equal("", output);
        Assert.False(Directory.Exists(Path.Combine(dir, "out")));
    }

    [Fact]
    public void Missing_output_option_is_wrong_usage() => Assert.Equal(2, Cli("batch", "ledger.json").Code);
}
