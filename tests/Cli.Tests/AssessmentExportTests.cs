using System.Globalization;
using System.Text.Json.Nodes;
using OfficeTools.Collect.Tests.Verification;
using OfficeTools.Data;
using OfficeTools.Testing;

namespace OfficeTools.Cli.Tests;

/// <summary>`officetools export assessment`: the 年度考核 workbook of the campaign as the trail leaves it, and its refusals.</summary>
public sealed class AssessmentExportTests : LoopTest
{
    [Fact]
    public void The_workbook_counts_what_the_loop_closed_and_bad_input_writes_nothing()
    {
        var store = P("store");
        Ok("batch", Sample, "-o", P("r1"));
        Ok("publish", P("r1"), "--to", store);
        var sheet = P("复核表.xlsx");
        Ok("verify", Sample, "--to", store, "--sheet-out", sheet);
        // the sheet's first row is I0001 of U001, reported done and 满意: 通过 closes it
        SheetFiller.Fill(sheet, "复核", ("J4", "通过"), ("M4", "督查组李某"));
        Assert.Contains("销号: 1", Ok("verify", Sample, "--to", store, "--sheet", sheet).Out);

        var before = Ok("export", "assessment", Sample, "-o", P("before.xlsx")).Out;
        var run = Ok("export", "assessment", Sample, "--to", store, "-o", P("考核.xlsx"));
        Assert.Contains("32 unit(s) and 14 person(s) assessed", run.Out);
        var book = XlsxReader.ReadWorkbook(P("考核.xlsx")).Workbook!;
        var u001 = book.Sheets[0].Rows.Single(r => Equals(r[1], "县发展和改革委员会领导班子"));
        Assert.Equal(1, Convert.ToInt32(u001[7], CultureInfo.InvariantCulture)); // 已销号（项）
        var without = XlsxReader.ReadWorkbook(P("before.xlsx")).Workbook!.Sheets[0].Rows.Single(r => Equals(r[1], "县发展和改革委员会领导班子"));
        Assert.Equal(0, Convert.ToInt32(without[7], CultureInfo.InvariantCulture));
        // the closure adds its share of 30 points for 销号
        var items = Convert.ToDouble(u001[4], CultureInfo.InvariantCulture);
        Assert.Equal(Convert.ToDouble(without[13], CultureInfo.InvariantCulture) + Math.Round(30 / items, 1),
            Convert.ToDouble(u001[13], CultureInfo.InvariantCulture), 1);

        var rules = JsonNode.Parse(File.ReadAllText(RepoPaths.Of("Templates", "rules", "default-rules.json")))!;
        rules["assessment"] = new JsonObject { ["score"] = "stats.done_rat * 100", ["exclude"] = "1 +" };
        File.WriteAllText(P("rules.json"), rules.ToJsonString());
        var bad = CliHarness.Exec("export", "assessment", Sample, "--to", store, "--rules", P("rules.json"), "-o", P("bad.xlsx"));
        Assert.Equal(1, bad.Code);
        Assert.Contains("rules.json: assessment, score:", bad.Err);
        Assert.Contains("rules.json: assessment, exclude:", bad.Err);
        Assert.False(File.Exists(P("bad.xlsx")));
        var csv = CliHarness.Exec("export", "assessment", Sample, "-o", P("kh.csv"));
        Assert.Equal(1, csv.Code);
        Assert.Contains("-o " + P("kh.csv") + ": the assessment is written as .xlsx", csv.Err);
        Assert.Empty(Directory.GetFiles(P(), "kh.csv"));
    }
}
