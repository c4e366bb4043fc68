using System.Text.Json;
using OfficeTools.Testing;

namespace OfficeTools.Cli.Tests;

/// <summary>`check --json`: the findings for scripts, every file's at once, with the exit code of the text form.</summary>
public class CheckJsonTests
{
    [Fact]
    public void Findings_of_every_file_come_as_one_json_array()
    {
        var dir = CliHarness.TempDir();
        try
        {
            var bad = Path.Combine(dir, "bad.docx");
            File.WriteAllBytes(bad, ForeignGongwen.Create(new ForeignGongwen.Options { Date = "二〇一四年十二月十五日", RedRule = false }));
            var notZip = Path.Combine(dir, "notzip.docx");
            File.WriteAllText(notZip, "不是 Word 文件");
            var run = CliHarness.Exec("check", "--json", bad, notZip);
            Assert.Equal(1, run.Code);
            Assert.Equal("", run.Err);
            var rows = JsonDocument.Parse(run.Out).RootElement.EnumerateArray().ToList();
            var codes = rows.Select(r => (r.GetProperty("file").GetString(), r.GetProperty("code").GetString())).ToList();
            Assert.Equal([(bad, "GW0220"), (bad, "GW0411"), (notZip, "GW0001")], codes);
            var date = rows[1];
            Assert.Equal("error", date.GetProperty("severity").GetString());
            Assert.Equal("GB/T 9704-2012 §7.3.5.4", date.GetProperty("clause").GetString());
            Assert.Equal("word/document.xml", date.GetProperty("part").GetString());
            Assert.Equal(ForeignGongwen.Paragraphs.Date, date.GetProperty("paragraph").GetInt32());
            Assert.Equal("二〇一四年十二月十五日", date.GetProperty("near").GetString());
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void A_conforming_file_gives_an_empty_array_and_exit_0()
    {
        var dir = CliHarness.TempDir();
        try
        {
            var ok = Path.Combine(dir, "ok.docx");
            File.WriteAllBytes(ok, ForeignGongwen.Create());
            var run = CliHarness.Exec("check", ok, "--json");
            Assert.Equal(0, run.Code);
            Assert.Equal("[]", run.Out.Trim());
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
