using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using OfficeTools.Collect.Stores;
using OfficeTools.Collect.Tests.Support;
using OfficeTools.Collect.Tests.Verification;
using OfficeTools.Documents.Campaigns;
using OfficeTools.Testing;

namespace OfficeTools.Cli.Tests;

/// <summary>
/// The loop to closure through the real command line on the sample ledger, with the local store: batch → publish → forms
/// filled as Word leaves them and submitted → collect → verify (通过, 退回重办) → 销号 → round 2 → briefing.
/// </summary>
public sealed class CampaignLoopTests : IDisposable
{
    readonly string _dir = CliHarness.TempDir();

    /// <summary>Removes this test's folder.</summary>
    public void Dispose() => Directory.Delete(_dir, recursive: true);

    static string MainPart(byte[] docx)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(docx));
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        return reader.ReadToEnd();
    }

    static string Sample => RepoPaths.Of("Templates", "samples", "ledger.json");

    string P(params string[] parts) => Path.Combine([_dir, .. parts]);

    static CliHarness.Run Ok(params string[] args)
    {
        var run = CliHarness.Exec(args);
        Assert.True(run.Code == 0, $"officetools {string.Join(' ', args)} → {run.Code}\n{run.Err}\n{run.Out}");
        return run;
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

    [Fact]
    public async Task Round_one_to_round_two_runs_to_closure()
    {
        var store = P("store");
        var r1 = Ok("batch", Sample, "-o", P("r1"));
        Assert.DoesNotContain("round 2", r1.Out);
        Assert.Contains("round 1 opened", Ok("publish", P("r1"), "--to", store).Out);
        var (unitA, itemA, unitB, itemB) = await SubmitFilledFormsAsync(store);

        Assert.Contains("recorded", Ok("collect", store, "--ledger", Sample, "-o", P("collected.json")).Out);
        var awaiting = Ok("verify", Sample, "--to", store).Out;
        Assert.Contains(itemA, awaiting);
        Assert.Contains(itemB, awaiting);

        // A: verified and satisfied → closed on its own; B: sent back with a reason
        var verified = Ok("verify", Sample, "--to", store, "--pass", itemA, "--return", $"{itemB}=佐证材料不足，整改未到位", "--by", "督查组王某").Out;
        Assert.Contains("1 通过, 1 退回重办; 销号: 1", verified);

        await using (var s = new LocalFormStore(store))
        {
            var history = CampaignHistory.Replay(await s.ReadTrailAsync(TestContext.Current.CancellationToken));
            Assert.Equal(1, history.Round);
            Assert.Equal(ItemStage.Closed, history.Of(itemA)!.Stage);
            Assert.Equal("督查组王某", history.Of(itemA)!.Steps.Single(e => e.Action == TrailAction.VerdictGiven).Actor);
            Assert.Equal(ItemStage.Returned, history.Of(itemB)!.Stage);
            Assert.Equal("佐证材料不足，整改未到位", history.Of(itemB)!.Reason);
            Assert.Equal([TrailAction.ItemReported, TrailAction.VerdictGiven, TrailAction.ItemClosed], history.Of(itemA)!.Steps.Select(e => e.Action));
            Assert.Contains(history.Events, e => e.Action == TrailAction.FormReceived && e.Unit == unitA && e.Actor == $"clerk-{unitA}@example.cn");
            Assert.Equal(11, history.Notices.Count);
        }

        // the same commands again record nothing new
        Ok("publish", P("r1"), "--to", store);
        Ok("collect", store, "--ledger", Sample, "-o", P("collected.json"));
        Assert.Contains("0 通过, 0 退回重办; 销号: 0", Ok("verify", Sample, "--to", store, "--pass", itemA).Out);

        var r2 = Ok("batch", Sample, "-o", P("r2"), "--to", store, "--notice-date", "2015-01-20");
        Assert.Contains("round 2: 1 item(s) closed", r2.Out);
        var index = JsonNode.Parse(File.ReadAllText(P("r2", "index.json")))!;
        Assert.Equal(2, (int)index["campaign"]!["round"]!);
        // the closed item left unit A's form; the returned one is in unit B's round-2 notice, marked as sent back
        var formA = File.ReadAllBytes(Directory.GetFiles(P("r2", "forms"), $"*-{unitA}.docx").Single());
        DocxValidation.AssertValid(formA);
        Assert.DoesNotContain($"item.{itemA}.", MainPart(formA));
        var noticeB = index["units"]!.AsArray().Single(u => (string)u!["id"]! == unitB)!["notice"]!;
        Assert.Contains(itemB, noticeB["items"]!.AsArray().Select(x => (string)x!));
        Assert.Equal("2015-02-09", (string)noticeB["deadline"]!); // the sample gives 20 days
        var noticeText = DocxText.Body(File.ReadAllBytes(P("r2", (string)noticeB["file"]!)));
        Assert.Contains("经复核整改不到位，已退回重办", noticeText);
        // marked 回炉 with the reason, in the items and on the 办理结果 slip
        Assert.Equal(2, noticeText.Split("（回炉）").Length - 1);
        Assert.Contains("退回原因：佐证材料不足，整改未到位", noticeText);
        // round-2 numbers go on after round 1's eleven
        var numbers1 = JsonNode.Parse(File.ReadAllText(P("r1", "index.json")))!["units"]!.AsArray().Select(u => (string?)u!["notice"]?["number"]).OfType<string>().ToHashSet();
        Assert.DoesNotContain((string)noticeB["number"]!, numbers1);
        foreach (var u in index["units"]!.AsArray())
            Assert.DoesNotContain(itemA, u!["notice"]?["items"]?.AsArray().Select(x => (string)x!) ?? []);
        Assert.Contains("经复核，已销号1项，退回重办1项。", DocxText.Body(File.ReadAllBytes(P("r2", "briefing.docx"))));

        Assert.Contains("round 2 opened", Ok("publish", P("r2"), "--to", store).Out);
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
