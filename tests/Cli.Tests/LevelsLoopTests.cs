using System.Text.Json.Nodes;
using System.Xml.Linq;
using OfficeTools.Collect.Stores;
using OfficeTools.Collect.Tests.Support;
using OfficeTools.Documents.Campaigns;
using OfficeTools.Testing;

namespace OfficeTools.Cli.Tests;

/// <summary>
/// 逐级督查 through the real command line on the sample ledger: a township (云岭乡, U016) runs the loop for its subtree in a store of its
/// own (batch, publish, forms filled and submitted, collect, verify, all --under U016), forwards its result (export forward), and the
/// county imports it into its store; the county's roll-up of that township's villages is checked against a count made straight from
/// the ledger file and what the township recorded. A second forward replaces the first; the bad forwards are refused, located.
/// </summary>
public sealed class LevelsLoopTests : LoopTest
{
    const string Township = "U016";

    sealed record Village(string Id, List<(string Id, string Status, string Satisfaction)> Items);

    // the township's villages and communities as the ledger file has them (not through the code under test)
    static List<Village> Villages()
    {
        var ledger = JsonNode.Parse(File.ReadAllText(Sample))!;
        var ids = ledger["units"]!.AsArray().Where(u => (string?)u!["parent"] == Township && (string)u["kind"]! == "基层党组织").Select(u => (string)u!["id"]!).ToList();
        return [.. ids.Select(id => new Village(id, [.. ledger["items"]!.AsArray().Where(i => (string)i!["unit"]! == id)
            .Select(i => ((string)i!["id"]!, (string)i["status"]!, (string?)i["satisfaction"] ?? ""))]))];
    }

    async Task SubmitAsync(string store, string batch, string unit, params string[] doneItems)
    {
        var form = Directory.GetFiles(P(batch, "forms"), $"*-{unit}.docx").Single();
        var answers = new Dictionary<string, object?>();
        foreach (var item in doneItems) (answers[$"item.{item}.status"], answers[$"item.{item}.satisfaction"]) = ("整改到位", "满意");
        await using var s = new LocalFormStore(store);
        await s.SubmitAsync(unit, Path.GetFileName(form), FormFiller.Fill(File.ReadAllBytes(form), answers), $"clerk-{unit}@example.cn",
            DateTimeOffset.UtcNow, TestContext.Current.CancellationToken);
    }

    static async Task<CampaignHistory> HistoryAsync(string store)
    {
        await using var s = new LocalFormStore(store);
        return CampaignHistory.Replay(await s.ReadTrailAsync(TestContext.Current.CancellationToken));
    }

    static string Text(string docx)
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(docx);
        using var stream = zip.GetEntry("word/document.xml")!.Open();
        XNamespace w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        return string.Concat(XDocument.Load(stream).Descendants(w + "t").Select(t => t.Value));
    }

    [Fact]
    public async Task A_township_runs_its_loop_forwards_it_and_the_county_rolls_it_up()
    {
        var (county, town) = (P("county"), P("town"));
        Ok("batch", Sample, "-o", P("c1"));
        Assert.Contains("(46 form(s), 11 notice(s))", Ok("publish", P("c1"), "--to", county).Out);

        // the township's own loop: its 5 units (the 乡党委 and its 4 villages), its notices numbered as the county's
        Assert.Contains("5 units, 19 items → 5 forms, 5 notices", Ok("batch", Sample, "-o", P("t1"), "--under", Township).Out);
        var countyNotices = JsonNode.Parse(File.ReadAllText(P("c1", "index.json")))!["units"]!.AsArray()
            .Where(u => u!["notice"] is not null).ToDictionary(u => (string)u!["id"]!, u => (string)u!["notice"]!["number"]!);
        var townIndex = JsonNode.Parse(File.ReadAllText(P("t1", "index.json")))!["units"]!.AsArray();
        Assert.All(townIndex, u => Assert.Equal(countyNotices[(string)u!["id"]!], (string)u["notice"]!["number"]!));
        Assert.Contains("(5 form(s), 5 notice(s))", Ok("publish", P("t1"), "--to", town).Out);

        var villages = Villages();
        Assert.Equal(4, villages.Count);
        var open = villages.Select(v => (v.Id, Items: v.Items.Where(i => i.Status != "整改到位").Select(i => i.Id).ToList())).Where(v => v.Items.Count > 0).Take(2).ToList();
        Assert.Equal(2, open.Count);
        foreach (var (unit, items) in open) await SubmitAsync(town, "t1", unit, items[0]);
        // a form of a unit outside the township, in the same store, is another level's: collect --under leaves it out
        await SubmitAsync(town, "c1", "U001");
        var collected = Ok("collect", town, "--ledger", Sample, "--under", Township, "-o", P("town.json"));
        var units = JsonNode.Parse(File.ReadAllText(P("town.json")))!["units"]!.AsArray().Select(u => (string)u!["id"]!).ToList();
        Assert.Equal(["U016", "U020", "U024", "U028", "U032"], units);
        Assert.Empty(JsonNode.Parse(File.ReadAllText(P("town.json")))!["unmatched"]?.AsArray() ?? []);
        var first = open[0].Items[0];
        Assert.Contains("销号: 1", Ok("verify", Sample, "--to", town, "--under", Township, "--pass", first, "--by", "乡督查组").Out);
        // an item outside the township is not the township's to verify
        var outside = CliHarness.Exec("verify", Sample, "--to", town, "--under", Township, "--pass", "I0001");
        Assert.Equal(1, outside.Code);
        Assert.Contains("I0001", outside.Err);

        var forward1 = Ok("export", "forward", Sample, "--to", town, "--under", Township, "-o", P("云岭乡-1.json")).Out;
        Assert.Contains("4 unit(s) under it", forward1);
        Assert.Contains("imported", Ok("import", Sample, P("云岭乡-1.json"), "--to", county).Out);
        Assert.Contains("nothing new", Ok("import", Sample, P("云岭乡-1.json"), "--to", county).Out);

        var countyHistory = await HistoryAsync(county);
        Assert.Equal(ItemStage.Closed, countyHistory.Of(first)!.Stage);
        Assert.Equal(ItemStage.Reported, countyHistory.Of(open[1].Items[0])!.Stage);
        Assert.Single(countyHistory.Events, e => e.Action == TrailAction.ItemReported && e.Item == first);
        Assert.DoesNotContain(countyHistory.Events, e => e.Unit == "U001" && e.Action == TrailAction.FormReceived);

        // the second forward, after the township verified the other item: replaces the first (what is new added, nothing twice)
        var second = open[1].Items[0];
        Ok("verify", Sample, "--to", town, "--under", Township, "--pass", second);
        Ok("export", "forward", Sample, "--to", town, "--under", Township, "-o", P("云岭乡-2.json"));
        Assert.Contains("imported", Ok("import", Sample, P("云岭乡-2.json"), "--to", county, "--under", Township).Out);
        countyHistory = await HistoryAsync(county);
        var townHistory = await HistoryAsync(town);
        foreach (var e in townHistory.Events.Where(e => e.Unit is { } u && (u == Township || villages.Any(v => v.Id == u))))
            Assert.Single(countyHistory.Events, x => x.Key == e.Key);
        Assert.Equal(countyHistory.Events.Count, countyHistory.Events.Select(e => e.Key).Distinct().Count());
        Assert.Equal(ItemStage.Closed, countyHistory.Of(second)!.Stage);

        // the county's roll-up of the township's villages against a count straight from the ledger file and the two closures
        Assert.Contains("46 units", Ok("batch", Sample, "-o", P("c2"), "--to", county, "--notice-date", "2015-01-20").Out);
        var closed = new[] { first, second };
        var all = villages.SelectMany(v => v.Items).ToList();
        var done = all.Count(i => i.Status == "整改到位" || closed.Contains(i.Id));
        var campaign = Campaign.Open(new CampaignSource(Sample) { History = countyHistory }).Campaign!;
        var levels = (List<object?>)campaign.Models.Briefing()["levels"]!;
        var yunling = (Dictionary<string, object?>)levels.Cast<Dictionary<string, object?>>().Single(l => (string)l["short"]! == "云岭乡");
        var total = (Dictionary<string, object?>)yunling["total"]!;
        Assert.Equal((long)all.Count, total["items"]);
        Assert.Equal((long)done, total["done"]);
        Assert.Equal(2L, total["closed"]);
        Assert.Equal(4L, yunling["units"]);
        var rate = OfficeTools.Documents.Models.Gw.Rate((double)done / all.Count);
        var briefing = P("c2", "briefing.docx");
        DocxValidation.AssertValid(File.ReadAllBytes(briefing));
        var text = Text(briefing);
        Assert.Contains($"云岭乡{rate}", text);
        Assert.Contains("各乡镇所属村（社区）整改落实情况汇总表", text);
        Assert.Contains("中共云岭乡委员会（所属村（社区）4个）", text);
        Assert.Equal(0, CliHarness.Exec("check", briefing).Code);

        // refused, located, nothing recorded: the older forward, an overlapping subtree, another subtree than asked, an edited file
        var before = (await HistoryAsync(county)).Events.Count;
        var older = CliHarness.Exec("import", Sample, P("云岭乡-1.json"), "--to", county);
        Assert.Equal(1, older.Code);
        Assert.Contains("云岭乡-1.json: at: made", older.Err);
        Assert.Contains("older than the forward of this subtree imported before", older.Err);
        Ok("export", "forward", Sample, "--to", town, "--under", open[0].Id, "-o", P("village.json"));
        var overlap = CliHarness.Exec("import", Sample, P("village.json"), "--to", county);
        Assert.Equal(1, overlap.Code);
        Assert.Contains($"village.json: root: the subtree under {open[0].Id} overlaps the one under {Township}", overlap.Err);
        var wrong = CliHarness.Exec("import", Sample, P("云岭乡-2.json"), "--to", county, "--under", "U013");
        Assert.Equal(1, wrong.Code);
        Assert.Contains("root: the forward is of the subtree under U016", wrong.Err);
        var edited = File.ReadAllText(P("云岭乡-2.json")).Replace("乡督查组", "县督查组", StringComparison.Ordinal);
        File.WriteAllText(P("edited.json"), edited);
        var forged = CliHarness.Exec("import", Sample, P("edited.json"), "--to", county);
        Assert.Equal(1, forged.Code);
        Assert.Contains("edited.json: seal: the seal does not match", forged.Err);
        Assert.Equal(before, (await HistoryAsync(county)).Events.Count);
    }

    [Fact]
    public void A_forward_of_another_campaign_is_refused()
    {
        var other = JsonNode.Parse(File.ReadAllText(Sample))!;
        other["campaign"]!["id"] = "another-county-2014";
        File.WriteAllText(P("other.json"), other.ToJsonString());
        Ok("batch", P("other.json"), "-o", P("o1"), "--under", Township);
        Ok("publish", P("o1"), "--to", P("ostore"));
        Ok("export", "forward", P("other.json"), "--to", P("ostore"), "--under", Township, "-o", P("fwd.json"));
        Ok("batch", Sample, "-o", P("c1"));
        Ok("publish", P("c1"), "--to", P("county"));
        var run = CliHarness.Exec("import", Sample, P("fwd.json"), "--to", P("county"));
        Assert.Equal(1, run.Code);
        Assert.Contains("fwd.json: campaign: forwarded in campaign 'another-county-2014', not this one", run.Err);
        Assert.Contains("nothing was recorded", run.Err);
    }

    [Theory]
    [InlineData("batch")]
    [InlineData("remind")]
    [InlineData("sample")]
    [InlineData("verify")]
    [InlineData("export assessment")]
    [InlineData("export bulletin")]
    [InlineData("export trail")]
    [InlineData("export ledger")]
    [InlineData("export forward")]
    [InlineData("outcomes")]
    public void An_unknown_under_unit_is_located_and_nothing_is_written(string command)
    {
        Ok("batch", Sample, "-o", P("c1"));
        Ok("publish", P("c1"), "--to", P("store"));
        string[] args = [.. command.Split(' '), Sample, "--under", "U999", .. command switch
        {
            "batch" => new[] { "-o", P("out") },
            "export assessment" => ["--to", P("store"), "-o", P("out.xlsx")],
            "export ledger" => ["--to", P("store"), "-o", P("out.json")],
            "export trail" => ["--to", P("store"), "-o", P("out.xlsx")],
            "export bulletin" or "export forward" or "outcomes" => ["--to", P("store"), "-o", P("out")],
            _ => ["--to", P("store")],
        }];
        var run = CliHarness.Exec(args);
        Assert.Equal(1, run.Code);
        Assert.Contains($"{Sample}: --under U999: no unit 'U999' in this ledger", run.Err);
        Assert.False(File.Exists(P("out.xlsx")) || File.Exists(P("out.json")) || Directory.Exists(P("out")), "nothing is written");
    }

    [Fact]
    public void Every_command_under_a_township_acts_on_its_subtree_only()
    {
        Ok("batch", Sample, "-o", P("c1"));
        Ok("publish", P("c1"), "--to", P("store"));
        Assert.Contains("2 of 5 unit(s)", Ok("sample", Sample, "--to", P("store"), "--under", Township, "--size", "2", "--seed", "1").Out);
        var remind = Ok("remind", Sample, "--to", P("store"), "--under", Township, "--date", "2015-01-25").Out;
        Assert.Contains("红 5, 黄 0, 绿 0", remind);
        Assert.DoesNotContain("青山镇", remind);
        Assert.Contains("5 unit(s) and 0 person(s) assessed", Ok("export", "assessment", Sample, "--to", P("store"), "--under", Township, "-o", P("a.xlsx")).Out);
        Assert.Contains("the progress of 5 unit(s)", Ok("export", "bulletin", Sample, "--to", P("store"), "--under", Township, "-o", P("公示")).Out);
        // the county's trail holds 11 notices; the township's subtree 5 of them
        Assert.Contains("5 step(s):", Ok("export", "trail", Sample, "--to", P("store"), "--under", Township).Out);
        Assert.Contains("11 item(s) reported done await", Ok("verify", Sample, "--to", P("store"), "--under", Township).Out);
        // the township's briefing counts only it and says whose it is
        Assert.Contains("5 units, 19 items", Ok("batch", Sample, "-o", P("t1"), "--under", Township).Out);
        var text = Text(P("t1", "briefing.docx"));
        Assert.Contains("中共云岭乡委员会及所属单位纳入“回头看”的有5个单位，列入整改台账的事项19项", text);
        Assert.Contains("云岭乡所属村（社区）整改完成率", text);
        Assert.DoesNotContain("青山镇", text);
    }

    [Fact]
    public void Publish_and_collect_under_an_unknown_unit_are_refused()
    {
        Ok("batch", Sample, "-o", P("c1"));
        var publish = CliHarness.Exec("publish", P("c1"), "--to", P("store"), "--under", "U999");
        Assert.Equal(1, publish.Code);
        Assert.Contains("--under U999: no unit 'U999' in this batch", publish.Err);
        Assert.False(Directory.Exists(P("store")));
        Assert.Contains("(6 form(s), 0 notice(s))", Ok("publish", P("c1"), "--to", P("store"), "--under", "U013").Out);
        var collect = CliHarness.Exec("collect", P("store"), "--ledger", Sample, "--under", "U999", "-o", P("c.json"));
        Assert.Equal(1, collect.Code);
        Assert.Contains($"{Sample}: --under U999", collect.Err);
        Assert.False(File.Exists(P("c.json")));
    }
}
