using OfficeTools.Data;
using OfficeTools.Documents.Ledger;
using OfficeTools.Documents.Tests.Sample;
using OfficeTools.Testing;

namespace OfficeTools.Documents.Tests;

/// <summary>Each numbered folder under Cases/bad-ledgers holds a bad ledger and the located errors it must give (all at once).</summary>
public class BadLedgerTests
{
    static string CasesDir => RepoPaths.Of("tests", "Documents.Tests", "Cases", "bad-ledgers");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var d in Directory.GetDirectories(CasesDir).Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(d));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_ledger_gives_its_located_errors(string name)
    {
        var dir = Path.Combine(CasesDir, name);
        var input = File.Exists(Path.Combine(dir, "ledger.json")) ? Path.Combine(dir, "ledger.json") : Path.Combine(dir, "ledger");
        var result = LedgerLoader.Load(input);
        Assert.False(result.Success);
        Assert.Null(result.Ledger);
        var text = string.Join("\n", result.Errors);
        foreach (var line in File.ReadAllLines(Path.Combine(dir, "expected.txt")).Where(l => l.Length > 0))
            Assert.True(text.Contains(line, StringComparison.Ordinal), $"expected «{line}» in:\n{text}");
    }

    [Fact]
    public void Xlsx_errors_name_the_sheet_row_and_column()
    {
        var tables = SampleLedger.Build();
        static void Set(List<(string Key, object? Value)> row, string key, object? value) => row[row.FindIndex(p => p.Key == key)] = (key, value);
        Set(tables.Items[3], "status", "完成了");
        Set(tables.Items[7], "unit", "U999");
        Set(tables.Units[2], "kind", "机关");
        var path = Path.Combine(TestLedgers.TempDir("xlsx"), "台账.xlsx");
        SampleWriters.Xlsx(tables, path);
        var text = string.Join("\n", LedgerLoader.Load(path).Errors);
        Assert.Contains("台账.xlsx: sheet 整改事项, row 5, field 整改状态 (status): '完成了' is not one of", text);
        Assert.Contains("台账.xlsx: sheet 整改事项, row 9, field 单位编号 (unit): unknown unit 'U999'", text);
        Assert.Contains("台账.xlsx: sheet 单位, row 4, field 类别 (kind): '机关' is not one of", text);
    }

    [Fact]
    public void Workbook_without_the_ledger_sheets_says_which_are_missing()
    {
        var path = Path.Combine(TestLedgers.TempDir("xlsx"), "other.xlsx");
        XlsxWriter.Write(path, [new XlsxSheetData("Sheet1", [new object?[] { "a", "b" }, new object?[] { 1, 2 }])]);
        var text = string.Join("\n", LedgerLoader.Load(path).Errors);
        Assert.Contains("other.xlsx: sheet 活动: missing the sheet 活动", text);
        Assert.Contains("sheet 整改事项: missing the sheet 整改事项", text);
    }

    [Theory]
    [InlineData("nope.json", "not found")]
    [InlineData("ledger.txt", "unknown ledger format")]
    [InlineData("ledger.csv", "a CSV ledger is a folder")]
    public void Wrong_paths_are_explained(string file, string expected)
    {
        var dir = TestLedgers.TempDir("paths");
        if (file != "nope.json") File.WriteAllText(Path.Combine(dir, file), "x");
        Assert.Contains(expected, Assert.Single(LedgerLoader.Load(Path.Combine(dir, file)).Errors).Message);
    }
}
