using System.Text.Json.Nodes;
using OfficeTools.Collect.Stores;
using OfficeTools.Collect.Tests.Support;
using OfficeTools.Documents.Campaigns;

namespace OfficeTools.Cli.Tests;

/// <summary>
/// A notice's 办理结果 return slip through the real command line: batch → publish → the slip filled as Word leaves it and
/// submitted → collect records it and each item's report → verify passes an item → 销号, because the slip says 满意.
/// A slip for a notice not issued yet, one filed as another unit's and one with its number typed over count for nothing.
/// </summary>
public sealed class SlipLoopTests : LoopTest
{
    [Fact]
    public async Task A_filled_return_slip_reports_its_items_and_a_satisfied_one_closes_once_passed()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = P("store");
        Ok("batch", Sample, "-o", P("r1"));
        var index = JsonNode.Parse(File.ReadAllText(P("r1", "index.json")))!;
        var unit = index["units"]!.AsArray().First(u => u!["notice"]?["items"]?.AsArray().Count == 5)!;
        var (unitId, notice) = ((string)unit["id"]!, unit["notice"]!);
        var number = (string)notice["number"]!;
        var items = notice["items"]!.AsArray().Select(i => (string)i!).ToList();
        var blank = File.ReadAllBytes(P("r1", (string)notice["file"]!));
        var answers = new Dictionary<string, object?>
        {
            [$"item.{items[0]}.measure"] = "修订完善制度12项并印发执行", [$"item.{items[0]}.status"] = "整改到位",
            [$"item.{items[0]}.done_date"] = new DateTime(2015, 1, 10), [$"item.{items[0]}.evidence"] = "制度汇编、印发文件",
            [$"item.{items[0]}.satisfaction"] = "满意",
            ["signature"] = "吴淑珍", ["fill_date"] = new DateTime(2015, 1, 12),
        };
        foreach (var rest in items.Skip(1)) answers[$"item.{rest}.status"] = "部分整改到位";
        var slip = FormFiller.Fill(blank, answers);
        var other = index["units"]!.AsArray().First(u => (string)u!["id"]! != unitId)!;
        await using (var s = new LocalFormStore(store))
        {
            await s.SubmitAsync(unitId, "办理结果.docx", slip, "clerk@example.cn", DateTimeOffset.UtcNow, ct);
            await s.SubmitAsync((string)other["id"]!, "别人的办理结果.docx", slip, "someone@example.cn", DateTimeOffset.UtcNow, ct);
        }

        // before publish no notice is issued: the slip is refused, located, and nothing is recorded
        Ok("collect", store, "--ledger", Sample, "-o", P("early.json"));
        var early = JsonNode.Parse(File.ReadAllText(P("early.json")))!["slips"]!.AsArray();
        Assert.All(early, s => Assert.False((bool)s!["counted"]!));
        Assert.Contains(early, s => s!["problems"]!.AsArray().Any(p => (string)p!["code"]! == "unknown-notice" && ((string)p["message"]!).Contains(number, StringComparison.Ordinal)));

        Ok("publish", P("r1"), "--to", store);
        await using (var s = new LocalFormStore(store))
            await s.SubmitAsync(unitId, "改过编号.docx", FormFiller.ForceText(slip, "notice.number", "青教督〔2014〕99号"), "clerk@example.cn", DateTimeOffset.UtcNow, ct);
        var collected = Ok("collect", store, "--ledger", Sample, "-o", P("collected.json")).Out;
        Assert.Contains("recorded", collected);
        var report = JsonNode.Parse(File.ReadAllText(P("collected.json")))!;
        var slips = report["slips"]!.AsArray();
        Assert.Single(slips, s => (bool)s!["counted"]! && (string)s["unit"]! == unitId && (string)s["notice"]! == number);
        Assert.Single(slips, s => !(bool)s!["counted"]! && s["problems"]!.AsArray().Any(p => (string)p!["code"]! == "other-unit"));
        Assert.Contains(report["unmatched"]!.AsArray(), f => f!["problems"]!.AsArray().Any(p => (string)p!["code"]! == "identity-edited" && (string?)p["tag"] == "notice.number"));

        await using (var s = new LocalFormStore(store))
        {
            var history = CampaignHistory.Replay(await s.ReadTrailAsync(ct));
            var received = Assert.Single(history.Events, e => e.Action == TrailAction.SlipReceived);
            Assert.Equal((unitId, number, "clerk@example.cn"), (received.Unit, received.Reference, received.Actor));
            Assert.Equal(ItemStage.Reported, history.Of(items[0])!.Stage);
            Assert.Equal("满意", history.Of(items[0])!.Satisfaction);
            Assert.All(items.Skip(1), i => Assert.Equal(ItemStage.InProgress, history.Of(i)!.Stage));
        }
        Assert.Contains(items[0], Ok("verify", Sample, "--to", store).Out);
        Assert.Contains("1 通过, 0 退回重办; 销号: 1", Ok("verify", Sample, "--to", store, "--pass", items[0]).Out);
        await using (var s = new LocalFormStore(store))
            Assert.Equal(ItemStage.Closed, CampaignHistory.Replay(await s.ReadTrailAsync(ct)).Of(items[0])!.Stage);
        // the same collect again records nothing new
        Assert.DoesNotContain("recorded", Ok("collect", store, "--ledger", Sample, "-o", P("again.json")).Out);
    }
}
