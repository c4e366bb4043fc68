using System.Text;
using OfficeTools.Documents.Tests.Sample;

namespace OfficeTools.Documents.Tests.WriteBack;

/// <summary>A CSV ledger folder comes back as the same files: encoding, line endings and the clerk's columns as they came.</summary>
public class CsvWriteBackTests
{
    const string Loop = ",阶段,复核结论,退回原因,销号时间,销号人";

    [Theory]
    [InlineData(true, "\r\n")]
    [InlineData(false, "\r\n")]
    [InlineData(false, "\n")]
    [InlineData(true, "\n")]
    public void The_folder_keeps_its_files_encoding_line_endings_and_columns_and_loads_back_with_the_updates(bool bom, string newline)
    {
        var dir = TestLedgers.TempDir("wb-csv");
        var source = Path.Combine(dir, "台账");
        ClerkFolder(source, bom, newline);
        var original = TestLedgers.LoadOk(source);
        var updates = WriteBackCases.RoundOne(original);
        var target = Path.Combine(dir, "合并台账");
        var before = Directory.GetFiles(source).ToDictionary(p => Path.GetFileName(p)!, File.ReadAllBytes);

        WriteBackCases.WriteOk(source, updates, target);

        Assert.All(before, f => Assert.Equal(f.Value, File.ReadAllBytes(Path.Combine(source, f.Key))));
        Assert.Equal(before.Keys.Order(), Directory.GetFiles(target).Select(Path.GetFileName).Order());
        foreach (var name in new[] { "活动.csv", "制度建设.csv", "说明.txt" })
            Assert.Equal(before[name], File.ReadAllBytes(Path.Combine(target, name)));
        TestLedgers.AssertEqual(WriteBackCases.Apply(original, updates), TestLedgers.LoadOk(target));

        var items = File.ReadAllBytes(Path.Combine(target, "整改事项.csv"));
        Assert.Equal(bom, items.AsSpan().StartsWith("\uFEFF"u8));
        var text = Encoding.UTF8.GetString(items).TrimStart('\uFEFF');
        Assert.Equal(newline == "\n", !text.Contains('\r'));
        var lines = text.Split(newline);
        var old = Encoding.UTF8.GetString(before["整改事项.csv"]).TrimStart('\uFEFF').Split(newline);
        Assert.Equal(old[0] + Loop, lines[0]);
        Assert.StartsWith("I0001,", lines[1]);
        Assert.EndsWith(",退回重办,退回重办,佐证材料不足，需“回炉”,,", lines[1]);
        Assert.Contains("\"整改台账, 会议记录\"", lines[1]);
        Assert.EndsWith(",已销号,通过,,2014-12-20 15:30,李明", lines[2]);
        // every other row as it was, with the five empty loop fields after it
        for (var r = 3; r < old.Length - 1; r++) Assert.Equal(old[r] + ",,,,,", lines[r]);
        Assert.StartsWith("I9001,", lines[old.Length - 1]);
        Assert.Equal("", lines[^1]);

        var units = Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(target, "单位.csv"))).TrimStart('\uFEFF').Split(newline);
        Assert.EndsWith(",已报送", units[1]);
        Assert.EndsWith(",未报送", units[2]);

        // a second round over the first's folder appends no column twice
        var loaded = TestLedgers.LoadOk(target);
        var second = Path.Combine(dir, "第二轮");
        WriteBackCases.WriteOk(target, WriteBackCases.RoundTwo(loaded), second);
        TestLedgers.AssertEqual(WriteBackCases.Apply(loaded, WriteBackCases.RoundTwo(loaded)), TestLedgers.LoadOk(second));
        var again = Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(second, "整改事项.csv"))).TrimStart('\uFEFF').Split(newline);
        Assert.Equal(lines[0], again[0]);
        Assert.Equal(lines[2], again[2]);
    }

    // The sample folder as a clerk keeps it: a 备注 column of their own, a notes file, the chosen BOM and line ending.
    static void ClerkFolder(string folder, bool bom, string newline)
    {
        SampleWriters.Csv(SampleLedger.Build(), folder);
        foreach (var path in Directory.GetFiles(folder))
        {
            var lines = File.ReadAllText(path).Split("\r\n").ToList();
            if (Path.GetFileName(path) == "整改事项.csv")
                for (var i = 0; i < lines.Count - 1; i++) lines[i] += i == 0 ? ",备注" : i == 1 ? ",\"已核实, 有照片\"" : ",";
            File.WriteAllText(path, string.Join(newline, lines), new UTF8Encoding(bom));
        }
        File.WriteAllText(Path.Combine(folder, "说明.txt"), "经办：督查室\n");
    }
}
