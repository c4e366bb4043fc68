using System.Text.Json.Nodes;
using OfficeTools.Collect.Tests.Support;
using OfficeTools.Collect.Tests.Verification;
using OfficeTools.Documents.Campaigns;
using OfficeTools.Testing;

namespace OfficeTools.Cli.Tests;

/// <summary>
/// The loop to closure through the real command line with the SharePoint store, against the Graph emulator on loopback
/// (the real Graph SDK): setup → batch → publish (forms and notices into the units' folders of the library) → forms and a
/// notice's 办理结果 slip submitted to the site → collect → verify by sheet → 销号 → round 2. The trail lives in the site's
/// «Campaign Trail» list.
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
        // the library holds each unit's form and, beside it, the notice the rules issued it; publishing again sends nothing
        var index1 = JsonNode.Parse(File.ReadAllText(P("r1", "index.json")))!;
        Assert.Equal(46 + 11, _emu.Library.Files.Count());
        var uploads = _emu.Server.Counters.Uploads;
        Assert.Contains("0 uploaded, 0 replaced, 57 unchanged", Ok(["publish", P("r1"), .. Site]).Out);
        Assert.Equal(uploads, _emu.Server.Counters.Uploads);

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
        // a third unit fills the 办理结果 slip of the notice in its folder of the library, as Word leaves it, and sends it back
        var slipUnit = index1["units"]!.AsArray().First(u => u!["notice"] is not null && open.All(o => o.Unit != (string)u["id"]!))!;
        var (unitC, numberC) = ((string)slipUnit["id"]!, (string)slipUnit["notice"]!["number"]!);
        var itemsC = slipUnit["notice"]!["items"]!.AsArray().Select(i => (string)i!).ToList();
        var published = Assert.Single(_emu.Library.Files, f => f.Parent == OfficeTools.Collect.Stores.StoreNames.UnitFolder(unitC) && f.Name.StartsWith($"督办通知单-{numberC}-", StringComparison.Ordinal));
        var answers = new Dictionary<string, object?>
        {
            [$"item.{itemsC[0]}.status"] = "整改到位", [$"item.{itemsC[0]}.satisfaction"] = "基本满意", ["fill_date"] = new DateTime(2015, 1, 12),
        };
        foreach (var rest in itemsC.Skip(1)) answers[$"item.{rest}.status"] = "部分整改到位";
        await using (var store = _emu.Store())
            await store.SubmitAsync(unitC, "办理结果.docx", FormFiller.Fill(published.Content, answers), $"clerk-{unitC}@example.cn", DateTimeOffset.UtcNow, TestContext.Current.CancellationToken);
        Ok(["collect", "sharepoint", "--ledger", Sample, "-o", P("collected.json"), .. Site]);
        Ok(["collect", "sharepoint", "--ledger", Sample, "-o", P("collected.json"), .. Site]); // again: nothing new
        // the slip is no 自查报告表 of unit C: no form version, and the list's Status says Slip
        var rowC = JsonNode.Parse(File.ReadAllText(P("collected.json")))!["units"]!.AsArray().Single(u => (string)u!["id"]! == unitC)!;
        Assert.Equal(0, (int)rowC["versions"]!);
        Assert.NotEqual("submitted", (string)rowC["status"]!);
        await using (var store = _emu.Store())
            Assert.Equal(OfficeTools.Collect.Submissions.StoredStatus.Slip,
                Assert.Single(await store.ListSubmissionsAsync(TestContext.Current.CancellationToken), r => r.UnitId == unitC).Status);

        // the verification sheet: A 通过 (and 满意, so 销号), B 退回重办, the new problem 纳入台账
        var sheet = P("复核表.xlsx");
        Ok(["verify", Sample, "--sheet-out", sheet, .. Site]);
        var rowOf = RowsOf(sheet);
        SheetFiller.Fill(sheet, "复核", ($"J{rowOf[open[0].Item]}", "通过"), ($"J{rowOf[open[1].Item]}", "退回重办"), ($"K{rowOf[open[1].Item]}", "整改措施未落实"),
            ($"J{rowOf[itemsC[0]]}", "通过"));
        SheetFiller.Fill(sheet, "新发现问题", ("G4", "纳入台账"));
        var verified = Ok(["verify", Sample, "--sheet", sheet, "--by", "督查组", .. Site]).Out;
        Assert.Contains("2 通过, 1 退回重办; 销号: 2", verified);
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
            Assert.Equal((unitC, numberC), Assert.Single(history.Events, e => e.Action == TrailAction.SlipReceived) is var e ? (e.Unit, e.Reference) : default);
            Assert.Equal(ItemStage.Closed, history.Of(itemsC[0])!.Stage);
        }

        var r2 = Ok(["batch", Sample, "-o", P("r2"), "--notice-date", "2015-01-20", .. Site]);
        Assert.Contains("round 2: 2 item(s) closed", r2.Out);
        var formA = File.ReadAllBytes(Directory.GetFiles(P("r2", "forms"), $"*-{open[0].Unit}.docx").Single());
        DocxValidation.AssertValid(formA);
        var textA = DocxText.Body(formA);
        Assert.Contains("村务公开栏长期未更新", textA);
        var index = JsonNode.Parse(File.ReadAllText(P("r2", "index.json")))!;
        var noticeB = index["units"]!.AsArray().Single(u => (string)u!["id"]! == open[1].Unit)!["notice"]!;
        Assert.Contains(open[1].Item, noticeB["items"]!.AsArray().Select(x => (string)x!));
        foreach (var u in index["units"]!.AsArray())
            Assert.DoesNotContain(itemsC[0], u!["notice"]?["items"]?.AsArray().Select(x => (string)x!) ?? []);
        Assert.Contains("经复核，已销号2项，退回重办1项。", DocxText.Body(File.ReadAllBytes(P("r2", "briefing.docx"))));
        Assert.Contains("round 2 opened", Ok(["publish", P("r2"), .. Site]).Out);
        var remind = Ok(["remind", Sample, "--date", "2015-02-12", "-o", P("催办"), .. Site]).Out;
        Assert.Contains("催办 recorded", remind);
        Assert.Single(Directory.GetFiles(P("催办"), $"*-{open[1].Unit}.docx"));
    }

    // the Excel row of each item in sheet 复核 (data from row 4, in ledger order), read back from the written sheet
    static Dictionary<string, int> RowsOf(string sheet)
    {
        var book = OfficeTools.Data.XlsxReader.ReadWorkbook(sheet);
        var s = book.Workbook!["复核"]!;
        return s.Rows.Where(r => r.Number >= 4 && !r.IsEmpty).ToDictionary(r => Convert.ToString(r[2], System.Globalization.CultureInfo.InvariantCulture) ?? "", r => r.Number);
    }
}
