namespace OfficeTools.Documents.Tests.WriteBack;

/// <summary>`collect --merged` takes a path of the ledger's own format; any other is wrong usage naming the option.</summary>
public class CollectMergedOptionTests
{
    [Theory]
    [InlineData("xlsx", "m.json", "give a path ending in .xlsx")]
    [InlineData("json", "m.xlsx", "give a path ending in .json")]
    public void A_merged_path_of_another_format_is_wrong_usage(string ledger, string merged, string says)
    {
        var dir = TestLedgers.TempDir("collect-merged");
        var o = new StringWriter();
        var e = new StringWriter();
        var code = OfficeTools.Cli.Program.Run(["collect", dir, "--ledger", ledger == "xlsx" ? TestLedgers.SampleXlsx : TestLedgers.SampleJson,
            "-o", Path.Combine(dir, "out.json"), "--merged", Path.Combine(dir, merged)], o, e);
        Assert.Equal(2, code);
        Assert.Contains($"--merged {Path.Combine(dir, merged)}: ", e.ToString());
        Assert.Contains(says, e.ToString());
        Assert.Empty(Directory.GetFileSystemEntries(dir));
    }
}
