using OfficeTools.Collect.Stores;
using OfficeTools.Collect.Tests.Support;
using OfficeTools.Data;
using OfficeTools.Testing;

namespace OfficeTools.Cli.Tests;

/// <summary>`officetools export trail`: the audit trail for the clerk, whole or per unit or item, as .xlsx or .csv, in Chinese.</summary>
public sealed class TrailExportTests : LoopTest
{
    [Fact]
    public async Task The_trail_is_exported_whole_or_per_unit_and_item_and_a_units_text_never_runs_as_a_formula()
    {
        var store = P("store");
        Ok("batch", Sample, "-o", P("r1"));
        Ok("publish", P("r1"), "--to", store);
        var form = Directory.GetFiles(P("r1", "forms"), "*-U002.docx").Single();
        var filled = FormFiller.Fill(File.ReadAllBytes(form), new Dictionary<string, object?>
        {
            ["new_problems"] = "=HYPERLINK(\"http://example.com\",\"点击\")",
        });
        await using (var s = new LocalFormStore(store))
            await s.SubmitAsync("U002", Path.GetFileName(form), filled, "clerk@example.cn", DateTimeOffset.UtcNow, TestContext.Current.CancellationToken);
        Ok("collect", store, "--ledger", Sample, "-o", P("c.json"));
        Ok("verify", Sample, "--to", store, "--pass", "I0001", "--return", "I0002=佐证材料不足", "--by", "督查组");

        Assert.Contains("wrote", Ok("export", "trail", Sample, "--to", store, "-o", P("trail.xlsx")).Out);
        var book = XlsxReader.ReadWorkbook(P("trail.xlsx"));
        Assert.True(book.Success);
        var sheet = book.Workbook!["督办记录"]!;
        var rows = sheet.Rows.Where(r => !r.IsEmpty).ToList();
        Assert.Equal(["时间", "轮次", "操作", "单位编号", "单位", "事项编号", "存在问题", "操作人", "文件或编号", "内容", "说明"],
            Enumerable.Range(0, 11).Select(c => Convert.ToString(rows[0][c], System.Globalization.CultureInfo.InvariantCulture)));
        // the round, 11 notices, the form and its new problem, 2 verdicts and a closure
        Assert.Equal(1 + 11 + 1 + 1 + 2 + 1, rows.Count - 1);
        Assert.Contains(rows, r => (string?)r[2] == "销号" && (string?)r[5] == "I0001" && (string?)r[7] == "督查组");
        Assert.Contains(rows, r => (string?)r[2] == "复核" && (string?)r[5] == "I0002" && (string?)r[10] == "佐证材料不足");
        Assert.DoesNotContain(rows, r => r.Cells.Any(c => c is string t && (t.Contains("VerdictGiven", StringComparison.Ordinal) || t.Contains("ItemClosed", StringComparison.Ordinal))));

        var item = Ok("export", "trail", Sample, "--to", store, "--item", "I0002").Out;
        Assert.StartsWith("1 step(s):", item);
        Assert.Contains("退回重办  佐证材料不足", item);
        var unit = Ok("export", "trail", Sample, "--to", store, "--unit", "U001").Out;
        Assert.StartsWith("3 step(s):", unit);

        Ok("export", "trail", Sample, "--to", store, "--unit", "U002", "-o", P("u2.csv"));
        var csv = File.ReadAllText(P("u2.csv"));
        Assert.Contains("\"'=HYPERLINK(", csv);
        Assert.DoesNotContain(",=HYPERLINK", csv);

        var bad = CliHarness.Exec("export", "trail", Sample, "--to", store, "--unit", "U999", "--item", "I9999", "-o", P("t.txt"));
        Assert.Equal(1, bad.Code);
        Assert.Contains("-o", bad.Err);
        Assert.Contains("--unit U999: no such unit", bad.Err);
        Assert.Contains("--item I9999: no such item", bad.Err);
        Assert.False(File.Exists(P("t.txt")));
    }
}
