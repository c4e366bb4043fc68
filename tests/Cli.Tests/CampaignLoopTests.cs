using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using OfficeTools.Collect.Stores;
using OfficeTools.Collect.Tests.Support;
using OfficeTools.Collect.Tests.Verification;
using OfficeTools.Documents.Campaigns;
using OfficeTools.Testing;

namespace OfficeTools.Cli.Tests;

/// <summary>
/// The loop to closure through the real command line on the sample ledger, with the local store: batch → publish (each unit's
/// folder gets its form and its notice) → forms and a notice's 办理结果 slip filled as Word leaves them and submitted → collect →
/// verify (通过, 退回重办) → 销号 → round 2 (notices only for what is open) → 催办 → briefing with 已销号 counts.
/// </summary>
public sealed class CampaignLoopTests : LoopTest
{
    static string MainPart(byte[] docx)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(docx));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        return reader.ReadToEnd();
    }

    // Two units report items done (整改到位, 满意) in their forms; the items are ones the ledger still has open.
    async Task<(string UnitA, string ItemA, string UnitB, string ItemB)> SubmitFilledFormsAsync(string store)
    {
        var ledger = JsonNode.Parse(File.ReadAllText(Sample))!;
        var open = ledger["items"]!.AsArray().Select(i => i!).Where(i => (string?)i["status"] != "整改到位")
            .GroupBy(i => (string)i["unit"]!).Take(2).Select(g => (Unit: g.Key, Item: (string)g.First()["id"]!)).ToList();
        await using var s = new LocalFormStore(store);
        foreach (var (unit, item) in open)
        {
            var form = Directory.GetFiles(P("r1", "forms"), $"*-{unit}.docx").Single();
            var filled = FormFiller.Fill(File.ReadAllBytes(form), new Dictionary<string, object?>
            {
                [$"item.{item}.status"] = "整改到位", [$"item.{item}.satisfaction"] = "满意",
            });
            await s.SubmitAsync(unit, Path.GetFileName(form), filled, $"clerk-{unit}@example.cn", DateTimeOffset.UtcNow, TestContext.Current.CancellationToken);
        }
        return (open[0].Unit, open[0].Item, open[1].Unit, open[1].Item);
    }

    // The published documents of a unit in the store: its form, and its notice (named by its kind and number) where it has one.
    string[] Published(string store, string unit) =>
        [.. Directory.GetFiles(Path.Combine(store, StoreNames.UnitFolder(unit)), "*.docx").Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    // A unit with a notice (not one of <paramref name="others"/>) fills the 办理结果 slip of the notice published to its folder,
    // as Word leaves it: its first item 整改到位 and 满意, the rest 部分整改到位; submitted into the store as the unit's.
    async Task<(string Unit, string Item, string Number)> SubmitFilledSlipAsync(string store, string batch, params string[] others)
    {
        var unit = JsonNode.Parse(File.ReadAllText(P(batch, "index.json")))!["units"]!.AsArray()
            .First(u => u!["notice"] is not null && !others.Contains((string)u["id"]!))!;
        var (id, number) = ((string)unit["id"]!, (string)unit["notice"]!["number"]!);
        var items = unit["notice"]!["items"]!.AsArray().Select(i => (string)i!).ToList();
        var notice = Path.Combine(store, StoreNames.UnitFolder(id), Published(store, id).Single(f => f.StartsWith("督办通知单-", StringComparison.Ordinal)));
        var answers = new Dictionary<string, object?>
        {
            [$"item.{items[0]}.measure"] = "已完成整改并公示", [$"item.{items[0]}.status"] = "整改到位",
            [$"item.{items[0]}.done_date"] = new DateTime(2015, 1, 10), [$"item.{items[0]}.satisfaction"] = "满意",
            ["signature"] = "承办人", ["fill_date"] = new DateTime(2015, 1, 12),
        };
        foreach (var rest in items.Skip(1)) answers[$"item.{rest}.status"] = "部分整改到位";
        await using var s = new LocalFormStore(store);
        await s.SubmitAsync(id, "办理结果.docx", FormFiller.Fill(File.ReadAllBytes(notice), answers), $"clerk-{id}@example.cn", DateTimeOffset.UtcNow, TestContext.Current.CancellationToken);
        return (id, items[0], number);
    }

    [Fact]
    public async Task Round_one_to_round_two_runs_to_closure()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = P("store");
        var r1 = Ok("batch", Sample, "-o", P("r1"));
        Assert.DoesNotContain("round 2", r1.Out);
        var published = Ok("publish", P("r1"), "--to", store).Out;
        Assert.Contains("round 1 opened", published);
        Assert.Contains("(46 form(s), 11 notice(s))", published);
        // each unit's folder has its form, and the unit the rules issued a notice to has that notice (its 办理结果 slip) beside it
        var index1 = JsonNode.Parse(File.ReadAllText(P("r1", "index.json")))!;
        foreach (var u in index1["units"]!.AsArray())
        {
            var files = Published(store, (string)u!["id"]!);
            Assert.Contains(Path.GetFileName((string)u["form"]!), files);
            Assert.Equal(u["notice"] is null ? 1 : 2, files.Length);
            if (u["notice"] is { } n) Assert.Contains($"督办通知单-{(string)n["number"]!}-{Path.GetFileName((string)n["file"]!)}", files);
        }
        var (unitA, itemA, unitB, itemB) = await SubmitFilledFormsAsync(store);
        var (unitC, itemC, numberC) = await SubmitFilledSlipAsync(store, "r1", unitA, unitB);

        Assert.Contains("recorded", Ok("collect", store, "--ledger", Sample, "-o", P("collected.json")).Out);
        // the slip is the notice's 反馈, not unit C's 自查报告表: no form version, and kept in the store as a slip
        var collected = JsonNode.Parse(File.ReadAllText(P("collected.json")))!;
        var rowC = collected["units"]!.AsArray().Single(u => (string)u!["id"]! == unitC)!;
        Assert.NotEqual("submitted", (string)rowC["status"]!);
        Assert.Equal(0, (int)rowC["versions"]!);
        Assert.Single(collected["slips"]!.AsArray(), x => (bool)x!["counted"]! && (string)x["notice"]! == numberC);
        await using (var s = new LocalFormStore(store))
            Assert.Equal(OfficeTools.Collect.Submissions.StoredStatus.Slip, Assert.Single(await s.ListSubmissionsAsync(ct), r => r.UnitId == unitC).Status);
        var awaiting = Ok("verify", Sample, "--to", store).Out;
        Assert.Contains(itemA, awaiting);
        Assert.Contains(itemB, awaiting);
        Assert.Contains(itemC, awaiting);

        // A and C: verified and satisfied → closed on their own; B: sent back with a reason
        var verified = Ok("verify", Sample, "--to", store, "--pass", $"{itemA},{itemC}", "--return", $"{itemB}=佐证材料不足，整改未到位", "--by", "督查组王某").Out;
        Assert.Contains("2 通过, 1 退回重办; 销号: 2", verified);

        await using (var s = new LocalFormStore(store))
        {
            var history = CampaignHistory.Replay(await s.ReadTrailAsync(ct));
            Assert.Equal(1, history.Round);
            Assert.Equal(ItemStage.Closed, history.Of(itemA)!.Stage);
            Assert.Equal("督查组王某", history.Of(itemA)!.Steps.Single(e => e.Action == TrailAction.VerdictGiven).Actor);
            Assert.Equal(ItemStage.Returned, history.Of(itemB)!.Stage);
            Assert.Equal("佐证材料不足，整改未到位", history.Of(itemB)!.Reason);
            Assert.Equal([TrailAction.ItemReported, TrailAction.VerdictGiven, TrailAction.ItemClosed], history.Of(itemA)!.Steps.Select(e => e.Action));
            Assert.Contains(history.Events, e => e.Action == TrailAction.FormReceived && e.Unit == unitA && e.Actor == $"clerk-{unitA}@example.cn");
            Assert.Contains(history.Events, e => e.Action == TrailAction.SlipReceived && e.Unit == unitC && e.Reference == numberC);
            Assert.Equal(ItemStage.Closed, history.Of(itemC)!.Stage);
            Assert.Equal(11, history.Notices.Count);
        }

        // the same commands again record nothing new, and publish sends nothing again
        Assert.Contains("0 uploaded, 0 replaced, 57 unchanged", Ok("publish", P("r1"), "--to", store).Out);
        Ok("collect", store, "--ledger", Sample, "-o", P("collected.json"));
        Assert.Contains("0 通过, 0 退回重办; 销号: 0", Ok("verify", Sample, "--to", store, "--pass", itemA).Out);

        var r2 = Ok("batch", Sample, "-o", P("r2"), "--to", store, "--notice-date", "2015-01-20");
        Assert.Contains("round 2: 2 item(s) closed", r2.Out);
        var index = JsonNode.Parse(File.ReadAllText(P("r2", "index.json")))!;
        Assert.Equal(2, (int)index["campaign"]!["round"]!);
        // the closed item left unit A's form; the returned one is in unit B's round-2 notice, marked as sent back
        var formA = File.ReadAllBytes(Directory.GetFiles(P("r2", "forms"), $"*-{unitA}.docx").Single());
        DocxValidation.AssertValid(formA);
        Assert.DoesNotContain($"item.{itemA}.", MainPart(formA));
        var unitB2 = index["units"]!.AsArray().Single(u => (string)u!["id"]! == unitB)!;
        var noticeB = unitB2["notice"]!;
        Assert.Contains(itemB, noticeB["items"]!.AsArray().Select(x => (string)x!));
        Assert.Equal("2015-02-09", (string)noticeB["deadline"]!); // the sample gives 20 days
        var noticeText = DocxText.Body(File.ReadAllBytes(P("r2", (string)noticeB["file"]!)));
        Assert.Contains("经复核整改不到位，已退回重办", noticeText);
        // marked 回炉 with the reason, in the items and on the 办理结果 slip
        Assert.Equal(2, noticeText.Split("（回炉）").Length - 1);
        Assert.Contains("退回原因：佐证材料不足，整改未到位", noticeText);
        // round-2 numbers go on after round 1's eleven
        var numbers1 = index1["units"]!.AsArray().Select(u => (string?)u!["notice"]?["number"]).OfType<string>().ToHashSet();
        Assert.DoesNotContain((string)noticeB["number"]!, numbers1);
        // round 2's notices are only for what is open: no closed item in any of them
        foreach (var u in index["units"]!.AsArray())
        {
            Assert.DoesNotContain(itemA, u!["notice"]?["items"]?.AsArray().Select(x => (string)x!) ?? []);
            Assert.DoesNotContain(itemC, u["notice"]?["items"]?.AsArray().Select(x => (string)x!) ?? []);
        }
        Assert.Contains("round 2 opened", Ok("publish", P("r2"), "--to", store).Out);
        // unit B's round-2 notice lands beside its round-1 one
        Assert.Contains($"督办通知单-{(string)noticeB["number"]!}-{Path.GetFileName((string)noticeB["file"]!)}", Published(store, unitB));

        // 催办 after round 2's 限期: unit B's sent-back item is overdue, in red, and the 催办 is recorded
        var remind = Ok("remind", Sample, "--to", store, "--date", "2015-02-12", "-o", P("催办")).Out;
        Assert.StartsWith("催办 2015-02-12:", remind, StringComparison.Ordinal);
        Assert.Contains(remind.Split('\n'), l => l.StartsWith('红') && l.Contains((string)unitB2["name"]!, StringComparison.Ordinal));
        Assert.Contains("催办 recorded", remind);
        Assert.Single(Directory.GetFiles(P("催办"), $"*-{unitB}.docx"));

        Assert.Contains("经复核，已销号2项，退回重办1项。", DocxText.Body(File.ReadAllBytes(P("r2", "briefing.docx"))));
    }

    [Fact]
    public async Task Bad_verdicts_are_all_reported_and_nothing_is_recorded()
    {
        var store = P("store");
        Ok("batch", Sample, "-o", P("r1"));
        Ok("publish", P("r1"), "--to", store);
        var (_, itemA, _, itemB) = await SubmitFilledFormsAsync(store);
        Ok("collect", store, "--ledger", Sample, "-o", P("collected.json"));
        int Count() => new LocalFormStore(store).ReadTrailAsync(TestContext.Current.CancellationToken).Result.Count;
        var before = Count();
        var open = JsonNode.Parse(File.ReadAllText(Sample))!["items"]!.AsArray()
            .First(i => (string?)i!["status"] == "尚未启动" && (string)i["id"]! != itemA && (string)i["id"]! != itemB)!["id"]!.ToString();

        var run = CliHarness.Exec("verify", Sample, "--to", store, "--pass", $"I9999,{open}", "--return", itemB, "--close", itemA);
        Assert.Equal(1, run.Code);
        Assert.Contains("--pass I9999: item I9999 is not in the ledger", run.Err);
        Assert.Contains($"--pass {open}: item {open} is not reported done", run.Err);
        Assert.Contains($"--return «{itemB}»: expected ITEM=退回原因", run.Err);
        Assert.Contains($"--close {itemA}: item {itemA} cannot be closed", run.Err);
        Assert.Contains("4 problem(s); nothing was recorded", run.Err);
        Assert.Equal(before, Count());
    }

    [Fact]
    public async Task The_trail_is_append_only_in_the_database_itself()
    {
        var store = P("store");
        Ok("batch", Sample, "-o", P("r1"));
        Ok("publish", P("r1"), "--to", store);
        await using (var s = new LocalFormStore(store)) Assert.NotEmpty(await s.ReadTrailAsync(TestContext.Current.CancellationToken));
        using var c = new SqliteConnection($"Data Source={Path.Combine(store, LocalFormStore.DatabaseName)};Pooling=False");
        c.Open();
        foreach (var sql in new[] { "UPDATE trail SET actor='x'", "DELETE FROM trail" })
        {
            using var cmd = c.CreateCommand();
            cmd.CommandText = sql;
            Assert.Contains("append-only", Assert.Throws<SqliteException>(() => cmd.ExecuteNonQuery()).Message);
        }
    }

    [Fact]
    public async Task A_filled_verification_sheet_records_its_verdicts_once()
    {
        var store = P("store");
        Ok("batch", Sample, "-o", P("r1"));
        Ok("publish", P("r1"), "--to", store);
        var sheet = P("复核表.xlsx");
        Assert.Contains("await a verdict", Ok("verify", Sample, "--to", store, "--sheet-out", sheet).Out);
        // rows follow the ledger: the first two items the sample reports done (I0001, I0002 of U001, both 满意)
        var typedOver = P("typed-over.xlsx");
        File.Copy(sheet, typedOver);
        SheetFiller.Fill(typedOver, "复核", ("J4", "同意"), ("J5", "退回重办"));
        var bad = CliHarness.Exec("verify", Sample, "--to", store, "--sheet", typedOver);
        Assert.Equal(1, bad.Code);
        Assert.Contains("row 4, column J (复核结论)", bad.Err);
        Assert.Contains("row 5, column K (退回原因)", bad.Err);

        SheetFiller.Fill(sheet, "复核", ("J4", "通过"), ("M4", "督查组李某"), ("J5", "退回重办"), ("K5", "会议文件压缩未见成效"));
        Assert.Contains("1 通过, 1 退回重办; 销号: 1", Ok("verify", Sample, "--to", store, "--sheet", sheet).Out);
        Assert.Contains("0 通过, 0 退回重办; 销号: 0", Ok("verify", Sample, "--to", store, "--sheet", sheet).Out);
        await using var s = new LocalFormStore(store);
        var history = CampaignHistory.Replay(await s.ReadTrailAsync(TestContext.Current.CancellationToken));
        Assert.Equal(ItemStage.Closed, history.Of("I0001")!.Stage);
        Assert.Equal("督查组李某", history.Of("I0001")!.Steps.Single(e => e.Action == TrailAction.VerdictGiven).Actor);
        Assert.Equal(ItemStage.Returned, history.Of("I0002")!.Stage);
        Assert.Equal("复核表.xlsx", history.Of("I0002")!.Steps.Single().Reference);
    }
}
