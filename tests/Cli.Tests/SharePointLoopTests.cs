using System.Text.Json.Nodes;
using OfficeTools.Collect.Tests.Support;
using OfficeTools.Collect.Tests.Verification;
using OfficeTools.Documents.Campaigns;
using OfficeTools.Testing;

namespace OfficeTools.Cli.Tests;

/// <summary>
/// The loop to closure through the real command line with the SharePoint store, against the Graph emulator on loopback
/// (the real Graph SDK): setup → batch → publish → forms submitted to the site → collect → verify by sheet → round 2.
/// The trail lives in the site's «Campaign Trail» list.
/// </summary>
public sealed class SharePointLoopTests : LoopTest
{
    readonly Emulated _emu = new();

    /// <summary>Stops the emulator and removes this test's folder.</summary>
    public override void Dispose()
    {
        _emu.Dispose();
        base.Dispose();
    }

    // --store sharepoint and the emulator's site, as a clerk gives them with --set
    string[] Site => [.. _emu.Overrides.SelectMany(o => new[] { "--set", $"{o.Key}={o.Value}" }).Prepend("sharepoint").Prepend("--store")];

    [Fact]
    public async Task The_loop_runs_to_closure_with_the_trail_in_a_SharePoint_list()
    {
        Ok(["setup", .. Site]);
        Ok("batch", Sample, "-o", P("r1"));
        Assert.Contains("round 1 opened: 11 notice(s) issued", Ok(["publish", P("r1"), .. Site]).Out);
        var trailList = _emu.Server.State.List("Campaign Trail");
        Assert.Equal(12, trailList.Items.Count); // the round and its eleven notices, as list items

        // two units report an open item done and 满意 in their forms, submitted to the site
        var ledger = JsonNode.Parse(File.ReadAllText(Sample))!;
        var open = ledger["items"]!.AsArray().Select(i => i!).Where(i => (string?)i["status"] != "整改到位")
            .GroupBy(i => (string)i["unit"]!).Take(2).Select(g => (Unit: g.Key, Item: (string)g.First()["id"]!)).ToList();
        await using (var store = _emu.Store())
        {
            foreach (var (unit, item) in open)
            {
                var form = Directory.GetFiles(P("r1", "forms"), $"*-{unit}.docx").Single();
                var filled = FormFiller.Fill(File.ReadAllBytes(form), new Dictionary<string, object?>
                {
                    [$"item.{item}.status"] = "整改到位", [$"item.{item}.satisfaction"] = "满意",
                    ["new_problems"] = unit == open[0].Unit ? "村务公开栏长期未更新" : "无",
                });
                await store.SubmitAsync(unit, Path.GetFileName(form), filled, $"clerk-{unit}@example.cn", DateTimeOffset.UtcNow, TestContext.Current.CancellationToken);
            }
        }
        Ok(["collect", "sharepoint", "--ledger", Sample, "-o", P("collected.json"), .. Site]);
        Ok(["collect", "sharepoint", "--ledger", Sample, "-o", P("collected.json"), .. Site]); // again: nothing new

        // the verification sheet: A 通过 (and 满意, so 销号), B 退回重办, the new problem 纳入台账
        var sheet = P("复核表.xlsx");
        Ok(["verify", Sample, "--sheet-out", sheet, .. Site]);
        var rowOf = RowsOf(sheet);
        SheetFiller.Fill(sheet, "复核", ($"J{rowOf[open[0].Item]}", "通过"), ($"J{rowOf[open[1].Item]}", "退回重办"), ($"K{rowOf[open[1].Item]}", "整改措施未落实"));
        SheetFiller.Fill(sheet, "新发现问题", ("G4", "纳入台账"));
        var verified = Ok(["verify", Sample, "--sheet", sheet, "--by", "督查组", .. Site]).Out;
        Assert.Contains("1 通过, 1 退回重办; 销号: 1", verified);
        Assert.Contains("新发现问题: 1 纳入台账", verified);
        Assert.Contains("0 通过, 0 退回重办; 销号: 0", Ok(["verify", Sample, "--sheet", sheet, .. Site]).Out);

        await using (var store = _emu.Store())
        {
            var history = CampaignHistory.Replay(await store.ReadTrailAsync(TestContext.Current.CancellationToken));
            Assert.Equal(ItemStage.Closed, history.Of(open[0].Item)!.Stage);
            Assert.Equal("督查组", history.Of(open[0].Item)!.Closure!.Actor);
            Assert.Equal(ItemStage.Returned, history.Of(open[1].Item)!.Stage);
            Assert.Equal("村务公开栏长期未更新", Assert.Single(history.Proposals).Problem);
            Assert.Equal(2, history.Events.Count(e => e.Action == TrailAction.FormReceived));
        }

        var r2 = Ok(["batch", Sample, "-o", P("r2"), "--notice-date", "2015-01-20", .. Site]);
        Assert.Contains("round 2: 1 item(s) closed", r2.Out);
        var formA = File.ReadAllBytes(Directory.GetFiles(P("r2", "forms"), $"*-{open[0].Unit}.docx").Single());
        DocxValidation.AssertValid(formA);
        var textA = DocxText.Body(formA);
        Assert.Contains("村务公开栏长期未更新", textA);
        var index = JsonNode.Parse(File.ReadAllText(P("r2", "index.json")))!;
        var noticeB = index["units"]!.AsArray().Single(u => (string)u!["id"]! == open[1].Unit)!["notice"]!;
        Assert.Contains(open[1].Item, noticeB["items"]!.AsArray().Select(x => (string)x!));
        Assert.Contains("经复核，已销号1项，退回重办1项。", DocxText.Body(File.ReadAllBytes(P("r2", "briefing.docx"))));
        Assert.Contains("round 2 opened", Ok(["publish", P("r2"), .. Site]).Out);
    }

    // the Excel row of each item in sheet 复核 (data from row 4, in ledger order), read back from the written sheet
    static Dictionary<string, int> RowsOf(string sheet)
    {
        var book = OfficeTools.Data.XlsxReader.ReadWorkbook(sheet);
        var s = book.Workbook!["复核"]!;
        return s.Rows.Where(r => r.Number >= 4 && !r.IsEmpty).ToDictionary(r => Convert.ToString(r[2], System.Globalization.CultureInfo.InvariantCulture) ?? "", r => r.Number);
    }
}
